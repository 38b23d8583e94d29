#!/usr/bin/env bash
# Runs PainDrip locally: Azurite (Table Storage) on 127.0.0.1:10002, maildev (SMTP 1025,
# inbox 1080) and the app in standalone mode on 7071. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-tools.sh

APP_URL=${PAINDRIP_URL:-http://127.0.0.1:7071}
mkdir -p .local/azurite

for port in 10002 1025 1080 "${APP_URL##*:}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "error: port $port is already in use; stop what holds it (another ./run.sh?) and try again." >&2
    exit 1
  fi
done

pids=()
cleanup() {
  trap - EXIT INT TERM
  echo; echo "==> stopping"
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort 10002 --location .local/azurite \
  --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!)
node_modules/.bin/maildev --smtp 1025 --web 1080 --ip 127.0.0.1 --web-ip 127.0.0.1 --silent &
pids+=($!)

echo "==> building the app"
dotnet build src/PainDrip.Functions --nologo -v quiet -clp:ErrorsOnly
# The app itself, not 'dotnet run', so the pid below is the process to stop. No Functions host here:
# --standalone serves the same functions as a plain ASP.NET Core app (routes and timer from their attributes).
(cd src/PainDrip.Functions && ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Debug/net10.0/PainDrip.Functions.dll --standalone --urls "$APP_URL") &
pids+=($!)

for _ in $(seq 1 60); do
  curl -fs "$APP_URL/api/health" >/dev/null 2>&1 && break
  sleep 1
done

cat <<MSG

PainDrip is running:
  Sign-up page     $APP_URL/
  Health           $APP_URL/api/health
  Coach console    $APP_URL/api/console
  Inbox (maildev)  http://127.0.0.1:1080/
  Table Storage    Azurite at http://127.0.0.1:10002/devstoreaccount1 (data in .local/azurite)
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
