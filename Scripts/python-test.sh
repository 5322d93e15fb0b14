#!/usr/bin/env bash
# The Python package's tests (python/tests), run by `make test` after the Swift build.
# Makes a virtualenv in .build/python-venv (ignored by git) with `pip install './python[test]'`
# (pandas, networkx, numpy and pytest from PyPI) when it is missing or python/ changed since the
# last install, then runs pytest against the debug binary (or $RECRUITNET). Safe to run again:
# a second run only runs the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv=.build/python-venv
python=${PYTHON:-python3}
binary=${RECRUITNET:-$PWD/.build/debug/recruitnet}
if [ ! -x "$binary" ]; then
  echo "python-test: $binary is missing; build it first (swift build --product recruitnet)" >&2
  exit 1
fi
if [ -x "$venv/bin/python" ] && ! "$venv/bin/python" -c '' 2>/dev/null; then
  rm -rf "$venv"  # made by an interpreter that is gone
fi
if [ ! -x "$venv/bin/python" ]; then
  command -v "$python" >/dev/null 2>&1 || { echo "python-test: $python is not on PATH" >&2; exit 1; }
  "$python" -m venv "$venv" || {
    echo "python-test: '$python -m venv' failed (on Debian: apt-get install python3-venv)" >&2
    exit 1
  }
fi
# What is installed is recorded as a digest of the package's files: reinstall only on a change.
stamp="$venv/recruitnet-installed.sha256"
digest=$(find python/pyproject.toml python/README.md python/src -type f \( -name '*.py' -o -name '*.toml' -o -name '*.md' \) -print0 \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ] \
  || ! "$venv/bin/python" -c 'import recruitnet, pandas, networkx, pytest' 2>/dev/null; then
  echo "python-test: installing ./python into $venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check './python[test]'
  rm -rf python/build python/src/*.egg-info  # left by the build
  echo "$digest" >"$stamp"
fi
# Run from python/ so that the installed package is tested, not the source tree.
cd python
RECRUITNET="$binary" "../$venv/bin/python" -m pytest -q -p no:cacheprovider tests
