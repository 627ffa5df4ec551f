#!/usr/bin/env bash
# Key derivation time of the unlock page with WebCrypto and with the vendored noble fallback (docs/benchmarks.md).
# Usage: bench/unlock-bench.sh [runs per case, default 5]. Needs Debian's chromium, node (>= 20), python3.
# Serves theme/assets with python's http.server on a free loopback port and drives a headless Chromium, which maps
# journal.intranet.test to 127.0.0.1, over the DevTools protocol (bench/unlock-bench.mjs).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
server_port="$(free_port)"; devtools_port="$(free_port)"
python3 -m http.server "$server_port" --bind 127.0.0.1 --directory "$repo/theme/assets" >/dev/null 2>&1 &
server=$!
/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
  --remote-debugging-port="$devtools_port" --host-resolver-rules="MAP journal.intranet.test 127.0.0.1" about:blank >/dev/null 2>&1 &
browser=$!
trap 'kill $server $browser 2>/dev/null; wait $server $browser 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$devtools_port/json/version" >/dev/null && break; sleep 0.2; done
echo "$(/usr/bin/chromium --version 2>/dev/null), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
node --experimental-websocket --no-warnings "$repo/bench/unlock-bench.mjs" "$devtools_port" "$server_port" "${1:-5}"
