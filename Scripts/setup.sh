#!/usr/bin/env bash
# Installs what RecruitNet needs on Debian (when missing) and builds it.
# Used by `make demo` and `make test` (and so by .ci/run). Safe to run again.
set -euo pipefail
needed=()
pkg-config --exists libgvc 2>/dev/null || needed+=(libgraphviz-dev)
pkg-config --exists sqlite3 2>/dev/null || needed+=(libsqlite3-dev)
pkg-config --exists zlib 2>/dev/null || needed+=(zlib1g-dev)
command -v gzip >/dev/null 2>&1 || needed+=(gzip)
if [ ${#needed[@]} -gt 0 ]; then
  echo "setup: installing ${needed[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${needed[@]}" >/dev/null
fi
# Headless Chromium for the report's browser check (ReportBrowserTests, which skips without it).
# Best effort: a machine that cannot install it still builds and tests everything else.
if ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing chromium (for the report's browser check)" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  { $sudo_cmd apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null; } \
    || echo "setup: chromium could not be installed; the report's browser check will be skipped" >&2
fi
# Graphviz finds its layout plugins through config6a, written by libgvc6's postinst; make sure
# it exists (an image built without running postinst lacks it).
if command -v dot >/dev/null 2>&1; then
  dot -c 2>/dev/null || true
fi
command -v swift >/dev/null 2>&1 || { echo "setup: the Swift toolchain (swift) is not on PATH" >&2; exit 1; }
