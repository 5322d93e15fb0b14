"""The exceptions of the package."""

from __future__ import annotations

from typing import Sequence


class RecruitNetError(Exception):
    """Base class of every error this package raises on purpose."""


class WorkspaceError(RecruitNetError):
    """The file is not a RecruitNet workspace, or its content is not what the schema says."""


class NotFoundError(RecruitNetError, KeyError):
    """No edge type, saved partition, cached result or layer of that name; the message lists
    those there are."""

    def __str__(self) -> str:  # KeyError would print the message's repr
        return str(self.args[0]) if self.args else ""


class BinaryNotFoundError(RecruitNetError, FileNotFoundError):
    """No `recruitnet` executable: none given, none in `RECRUITNET`, none on `PATH`."""


class CommandError(RecruitNetError):
    """A `recruitnet` command exited with a non-zero status.

    Attributes:
        args_list: the command line, without the executable.
        returncode: the exit status (1 for errors of the library, 64 for usage errors).
        stderr: everything the command wrote on standard error.
        stdout: everything it wrote on standard output.
        message: the error line(s) of `stderr` (the `recruitnet: error: ...` line).
    """

    def __init__(self, argv: Sequence[str], returncode: int, stderr: str, stdout: str = ""):
        self.args_list = list(argv)
        self.returncode = returncode
        self.stderr = stderr
        self.stdout = stdout
        self.message = _error_lines(stderr) or f"exit status {returncode}"
        command = " ".join(self.args_list[:1]) or "(no command)"
        super().__init__(f"recruitnet {command} failed (exit {returncode}): {self.message}")


def _error_lines(stderr: str) -> str:
    """The lines that say what went wrong: those with `error:` (case-insensitive), else all."""
    lines = [line.rstrip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line.lower()]
    return "\n".join(errors or lines)
