"""Running the `recruitnet` executable and parsing what it prints."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any, Optional, Sequence, Union

from .errors import BinaryNotFoundError, CommandError

PathLike = Union[str, "os.PathLike[str]"]

#: Commands (first words of the command line) that print a report in the format `--format` names.
_FORMAT_COMMANDS = {
    ("info",),
    ("centrality",),
    ("communities",),
    ("render",),
    ("partitions", "list"),
    ("coordination",),
    ("coordination", "network"),
    ("coordination", "layers"),
}
#: Commands whose report format is `--report-format` (`--format` is the input's format).
_REPORT_FORMAT_COMMANDS = {("import",)}
#: Subcommands of `coordination` that do not print JSON (evidence prints table or csv).
_COORDINATION_SUBCOMMANDS = {"network", "evidence", "layers"}


def find_binary(binary: Optional[PathLike] = None) -> str:
    """The `recruitnet` executable: `binary` if given, else the `RECRUITNET` environment
    variable, else `recruitnet` on `PATH`.

    Raises:
        BinaryNotFoundError: when the one chosen is not an executable file, or none is found.
    """
    if binary is not None:
        origin, path = "binary", os.fspath(binary)
    elif os.environ.get("RECRUITNET"):
        origin, path = "RECRUITNET", os.environ["RECRUITNET"]
    else:
        found = shutil.which("recruitnet")
        if found:
            return found
        raise BinaryNotFoundError(
            "no recruitnet executable on PATH; pass binary=..., set RECRUITNET, or install it "
            "(make install PREFIX=...)"
        )
    resolved = path if os.sep in path else shutil.which(path)
    if resolved and os.path.isfile(resolved) and os.access(resolved, os.X_OK):
        return os.path.abspath(resolved)  # a relative path must survive `cwd=`
    raise BinaryNotFoundError(f"{origin} = {path!r} is not an executable file")


def _command_path(argv: Sequence[str]) -> tuple:
    """The subcommand words of a command line: ("partitions", "show"), ("coordination",), ..."""
    if not argv:
        return ()
    first = argv[0]
    if first in ("partitions", "coordination") and len(argv) > 1 and not argv[1].startswith("-"):
        if first == "partitions" or argv[1] in _COORDINATION_SUBCOMMANDS:
            return (first, argv[1])
    return (first,)


def _with_json_format(argv: Sequence[str]) -> list:
    """`argv` with `--format json` (or `--report-format json` for `import`) added when the
    command prints a report in a chosen format and the caller chose none."""
    argv = list(argv)
    words = set(argv)
    if words & {"--help", "-h", "--list", "--version"} or "--out" in words:
        return argv
    given = any(a == "--format" or a.startswith("--format=") for a in argv)
    given_report = any(a == "--report-format" or a.startswith("--report-format=") for a in argv)
    path = _command_path(argv)
    if path in _FORMAT_COMMANDS and not given:
        argv += ["--format", "json"]
    elif path in _REPORT_FORMAT_COMMANDS and not given_report:
        argv += ["--report-format", "json"]
    return argv


def run(
    *args: Any,
    binary: Optional[PathLike] = None,
    cwd: Optional[PathLike] = None,
    timeout: Optional[float] = None,
    json_format: bool = True,
) -> Any:
    """Runs `recruitnet ARGS...` and returns what it printed, parsed.

    With `json_format` (the default), commands that print a report (`info`, `centrality`,
    `communities`, `render`, `partitions list`, `coordination`, `coordination layers`) get
    `--format json` and `import` gets `--report-format json`, unless the arguments already choose
    a format, ask for `--help`/`--list`, or write to a file with `--out`. Output that is JSON is
    returned as Python objects (dicts, lists, numbers); any other output as a string (stripped of
    its final newline); no output as None.

    Arguments are converted with `str()` (paths, numbers). Standard input is not connected.

    Raises:
        BinaryNotFoundError: see `find_binary`.
        CommandError: when the command exits with a non-zero status; it carries the exit status
            and the command's standard error.
    """
    executable = find_binary(binary)
    argv = [os.fspath(a) if isinstance(a, os.PathLike) else str(a) for a in args]
    if json_format:
        argv = _with_json_format(argv)
    completed = subprocess.run(
        [executable, *argv],
        cwd=None if cwd is None else os.fspath(cwd),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if completed.returncode != 0:
        raise CommandError(argv, completed.returncode, completed.stderr, completed.stdout)
    return _parsed(completed.stdout)


def _parsed(text: str) -> Any:
    stripped = text.strip()
    if not stripped:
        return None
    if stripped[0] in "{[":
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:
            pass
    return text[:-1] if text.endswith("\n") else text
