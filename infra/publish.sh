#!/usr/bin/env bash
# Builds the package Flex Consumption runs: `dotnet publish` (ReadyToRun, linux-x64) of the isolated worker
# (src/PainDrip.Functions, runtime dotnet-isolated 10.0), which holds host.json, functions.metadata
# (every function and its trigger, written by the Functions SDK), worker.config.json and the
# lesson library. Then zips it for `az functionapp deployment source config-zip`.
#
#   infra/publish.sh [OUT]     OUT defaults to ./publish; the zip is written beside it as OUT.zip
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$repo/publish}")"
zip_path="$out.zip"
project="$repo/src/PainDrip.Functions/PainDrip.Functions.csproj"

step() { echo "==> $*"; }

# OUT is wiped first, so refuse anything that does not look like an earlier package.
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/host.json" ]; then
  echo "error: $out is not empty and holds no host.json; refusing to wipe it." >&2
  exit 1
fi
rm -rf "$out" "$zip_path"
mkdir -p "$out"

step "dotnet publish (Release, linux-x64, ReadyToRun) -> $out"
# A separate artifacts path keeps the Release build away from the Debug build in obj/.
# Flex Consumption runs Linux x64 workers. ReadyToRun compiles the assemblies ahead of time, so a cold instance
# starts without waiting for the JIT (the `startup` benchmark measures this package). The runtime is not bundled:
# the platform's dotnet-isolated 10.0 provides it.
dotnet publish "$project" --nologo -v quiet -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --artifacts-path "$repo/.artifacts/publish-build" -o "$out"

step "worker files"
for file in host.json functions.metadata worker.config.json PainDrip.Functions.dll; do
  if [ ! -f "$out/$file" ]; then
    echo "error: the publish output has no $file" >&2
    exit 1
  fi
done
functions=$(grep -o '"scriptFile"' "$out/functions.metadata" | wc -l | tr -d ' ')
echo "    $functions functions in functions.metadata"

step "lessons (copied by the project file into content/lessons)"
lessons=$(find "$out/content/lessons" -name '*.md' 2>/dev/null | wc -l | tr -d ' ')
if [ "$lessons" -eq 0 ]; then
  echo "error: the publish output has no content/lessons" >&2
  exit 1
fi
echo "    $lessons lesson files"

step "zip -> $zip_path"
if command -v zip >/dev/null; then
  (cd "$out" && zip -q -r -y "$zip_path" .)
elif command -v python3 >/dev/null; then
  python3 - "$out" "$zip_path" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, root))
PY
else
  echo "error: neither zip nor python3 is installed; cannot write $zip_path" >&2
  exit 1
fi

step "done: deploy with"
echo "    az functionapp deployment source config-zip -g <resource-group> -n <function-app> --src $zip_path"
echo "    (or, with Core Tools: cd src/PainDrip.Functions && func azure functionapp publish <function-app>)"
