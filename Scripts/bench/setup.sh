#!/usr/bin/env bash
# Creates Scripts/bench/.venv with the pinned peer libraries (requirements.txt)
# and makes sure GNU time (/usr/bin/time) is present.
#
# Idempotent: an existing venv whose packages already match requirements.txt
# is left alone. Run from anywhere:
#
#     Scripts/bench/setup.sh
#
# Environment:
#     PYTHON   interpreter used to create the venv (default: python3)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
req="$here/requirements.txt"
python="${PYTHON:-python3}"

# 1. GNU time. The benchmark reads "Maximum resident set size" from `time -v`.
if [ ! -x /usr/bin/time ]; then
    echo "setup: /usr/bin/time missing; installing the Debian package 'time'" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq time
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq time
    fi
fi

# 2. The virtualenv.
if [ ! -x "$venv/bin/python" ]; then
    echo "setup: creating $venv with $("$python" --version 2>&1)" >&2
    "$python" -m venv "$venv"
fi

# 3. The pinned peers. `pip check`-style test: every pinned name==version must
#    already be installed, otherwise run pip install.
missing=0
while read -r line; do
    spec="${line%%#*}"
    spec="$(echo "$spec" | tr -d '[:space:]')"
    [ -z "$spec" ] && continue
    name="${spec%%==*}"
    want="${spec##*==}"
    have="$("$venv/bin/python" -c "import importlib.metadata as m, sys
try:
    print(m.version(sys.argv[1]))
except m.PackageNotFoundError:
    print('')" "$name")"
    if [ "$have" != "$want" ]; then
        echo "setup: $name: want $want, have ${have:-nothing}" >&2
        missing=1
    fi
done <"$req"

if [ "$missing" -eq 1 ]; then
    start=$(date +%s)
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    # --only-binary: all peers ship manylinux wheels for CPython 3.11 on x86_64;
    # refusing sdists avoids a silent 30-minute C++ build of networkit.
    # Lines marked `# no-deps` (sdist-only packages with impossible pins) are left out here
    # and installed one by one below, from source, without their dependencies.
    binary_req="$(mktemp)"
    grep -v '# no-deps' "$req" >"$binary_req"
    "$venv/bin/python" -m pip install --quiet --only-binary=:all: -r "$binary_req"
    rm -f "$binary_req"
    grep '# no-deps' "$req" | while read -r line; do
        spec="$(echo "${line%%#*}" | tr -d '[:space:]')"
        "$venv/bin/python" -m pip install --quiet --no-deps --only-binary=:all: \
            --no-binary="${spec%%==*}" "$spec"
    done
    echo "setup: pip install took $(( $(date +%s) - start )) s" >&2
else
    echo "setup: peers already installed" >&2
fi

"$venv/bin/python" - <<'EOF'
import igraph, networkit, networkx, numpy, platform
print(f"setup: python {platform.python_version()}, igraph {igraph.__version__}, "
      f"networkit {networkit.__version__}, networkx {networkx.__version__}, numpy {numpy.__version__}")
EOF
