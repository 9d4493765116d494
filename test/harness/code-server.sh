# A throw-away code-server: start, install a .vsix, stop. Source it (after env.sh), don't run it.
# Each server has its own state dir (user data, extensions, XDG dirs, TMPDIR for its sockets, log),
# runs in its own process group so that stopping it stops the extension host and watchers too.

# A free loopback TCP port.
cs_free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# cs_prepare STATE: the state dir's folders, and user settings that keep the workbench quiet and
# offline (no startup editor, no update or extension-gallery checks, no telemetry, no tips).
cs_prepare() {
  local state="$1"
  mkdir -p "$state/ud/User" "$state/ext" "$state/xdg-config" "$state/xdg-data" "$state/xdg-cache" "$state/tmp"
  cat > "$state/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.wordWrap": "on",
  "editor.occurrencesHighlight": "off",
  "outline.collapseItems": "alwaysExpand"
}
JSON
}

# cs_install_vsix STATE VSIX: install into the state dir's extensions folder, offline.
cs_install_vsix() {
  local state="$1" vsix="$2"
  PATH="$READOUT_NODE24_DIR/bin:$PATH" XDG_CONFIG_HOME="$state/xdg-config" XDG_DATA_HOME="$state/xdg-data" \
    XDG_CACHE_HOME="$state/xdg-cache" TMPDIR="$state/tmp" "$READOUT_CODE_SERVER_BIN" --config "$state/config.yaml" \
    --user-data-dir "$state/ud" --extensions-dir "$state/ext" --install-extension "$vsix" > "$state/install-extension.log" 2>&1 \
    || { cat "$state/install-extension.log"; return 1; }
}

# cs_start PORT STATE [code-server args…]: start in the background, wait until /healthz answers.
cs_start() {
  local port="$1" state="$2"; shift 2
  local t0; t0=$(date +%s%N)
  # Node 24 first on PATH, every directory in the state dir (TMPDIR holds its IPC sockets: short path).
  # setsid: a process group of its own, so cs_stop reaches the extension host and file watchers too.
  PATH="$READOUT_NODE24_DIR/bin:$PATH" XDG_CONFIG_HOME="$state/xdg-config" XDG_DATA_HOME="$state/xdg-data" \
    XDG_CACHE_HOME="$state/xdg-cache" TMPDIR="$state/tmp" setsid "$READOUT_CODE_SERVER_BIN" --config "$state/config.yaml" --auth none \
    --bind-addr "127.0.0.1:$port" --user-data-dir "$state/ud" --extensions-dir "$state/ext" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    "$@" > "$state/code-server.log" 2>&1 < /dev/null &
  echo $! > "$state/code-server.pid"
  if ! node -e '
    const [url, pid] = process.argv.slice(1);
    const end = Date.now() + 60000;
    (async function poll() {
      try { if ((await fetch(url)).ok) process.exit(0); } catch {}
      try { process.kill(Number(pid), 0); } catch { console.error("code-server exited"); process.exit(1); }
      if (Date.now() > end) { console.error("code-server did not answer in 60 s"); process.exit(1); }
      setTimeout(poll, 100);
    })();' "http://127.0.0.1:$port/healthz" "$(cat "$state/code-server.pid")"; then
    tail -40 "$state/code-server.log"
    return 1
  fi
  echo "code-server up on http://127.0.0.1:$port in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

# cs_stop STATE: stop the server's process group (TERM, then KILL after 5 s). Safe to call twice.
cs_stop() {
  local state="$1" pid
  [ -f "$state/code-server.pid" ] || return 0
  pid="$(cat "$state/code-server.pid")"
  kill -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$state/code-server.pid"
}

# cs_log_tails STATE [LINES]: the server's and the extension hosts' logs, for a failed run.
cs_log_tails() {
  local state="$1" lines="${2:-40}" f
  echo "---- code-server log (last $lines lines): $state/code-server.log"
  tail -n "$lines" "$state/code-server.log" 2>/dev/null || true
  for f in "$state"/ud/logs/*/exthost*/remoteexthost.log "$state"/ud/logs/*/remoteagent.log; do
    [ -f "$f" ] || continue
    echo "---- $f (last $lines lines)"
    tail -n "$lines" "$f"
  done
}
