#!/usr/bin/env bash
# Builds the package Azure Functions runs: a self-contained linux-x64 build of
# src/PainDrip.Functions, host.json naming its executable, one folder per function with its
# function.json, and the lesson library. Then zips it for `az functionapp deployment source
# config-zip` (or `az functionapp deploy --type zip`).
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

step "dotnet publish (Release, linux-x64, self-contained) -> $out"
# A separate artifacts path keeps the RID-specific restore away from the Debug build in obj/.
dotnet publish "$project" --nologo -v quiet -c Release -r linux-x64 --self-contained true \
  --artifacts-path "$repo/.artifacts/publish-build" -o "$out"

executable="$(dotnet msbuild "$project" -nologo -getProperty:AssemblyName)"
if [ ! -x "$out/$executable" ]; then
  echo "error: the publish output has no executable named $executable" >&2
  exit 1
fi

step "host.json (defaultExecutablePath: $executable)"
sed -E "s|(\"defaultExecutablePath\"[[:space:]]*:[[:space:]]*)\"[^\"]*\"|\1\"$executable\"|" \
  "$repo/host.json" > "$out/host.json"
grep -q "\"defaultExecutablePath\": *\"$executable\"" "$out/host.json"

step "function folders from infra/functions"
count=0
for source in "$repo"/infra/functions/*/function.json; do
  name="$(basename "$(dirname "$source")")"
  mkdir -p "$out/$name"
  cp "$source" "$out/$name/function.json"
  count=$((count + 1))
done
echo "    $count functions"

step "lessons (copied by the project file into content/lessons)"
lessons=$(find "$out/content/lessons" -name '*.md' 2>/dev/null | wc -l | tr -d ' ')
if [ "$lessons" -eq 0 ]; then
  echo "error: the publish output has no content/lessons" >&2
  exit 1
fi
echo "    $lessons lesson files"

step "zip -> $zip_path"
# Both tools keep the Unix mode bits, so the executable stays executable on the host.
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
