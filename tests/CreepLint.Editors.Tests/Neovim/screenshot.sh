#!/usr/bin/env bash
# Renders docs/images/neovim-hover.png: Neovim in tmux with `creeplint lsp`, a finding underlined and its hover open.
# Needs nvim, tmux, aha and chromium (apt-get install neovim tmux aha chromium) and a built CLI (dotnet build src/CreepLint.Cli).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'tmux kill-session -t creeplint-shot 2>/dev/null || true; rm -rf "$work"' EXIT
printf '#!/bin/sh\nexec dotnet %q "$@"\n' "$repo/src/CreepLint.Cli/bin/Debug/net10.0/CreepLint.Cli.dll" > "$work/creeplint"
chmod +x "$work/creeplint"
cat > "$work/welcome.html" <<'HTML'
<!-- Spring newsletter -->
<p>Hi {{ first_name }} 🌷,</p>
<p>We noticed you like rakes, so here's a sale on brooms.</p>
<p>Free delivery on orders over £40 this weekend.</p>
HTML
cd "$work"
tmux new-session -d -s creeplint-shot -x 120 -y 34 \
  "CREEPLINT_CMD=$work/creeplint TERM=xterm-256color nvim -u NONE -i NONE -n -c 'luafile $repo/tests/CreepLint.Editors.Tests/Neovim/screenshot.lua' welcome.html"
sleep "${SHOT_WAIT:-12}"
tmux capture-pane -t creeplint-shot -e -p > screen.ansi
aha --black --title 'creeplint lsp in Neovim' < screen.ansi \
  | sed 's#<pre>#<pre style="font: 15px/1.25 DejaVu Sans Mono, monospace; margin: 12px">#' > screen.html
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1120,720 \
  --screenshot="$repo/docs/images/neovim-hover.png" "file://$work/screen.html" 2>/dev/null
echo "wrote $repo/docs/images/neovim-hover.png"
