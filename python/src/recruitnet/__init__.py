"""RecruitNet from Python: read a workspace (`*.rnet`) into pandas, networkx and igraph, and run
the `recruitnet` command-line tool with its JSON output parsed.

    import recruitnet
    ws = recruitnet.open_workspace("study.rnet")
    ws.accounts(), ws.edges(), ws.partition("cells"), ws.measure("pagerank"), ws.to_networkx()
    recruitnet.run("info", "study.rnet")
"""

from .cli import find_binary, run
from .errors import BinaryNotFoundError, CommandError, NotFoundError, RecruitNetError, WorkspaceError
from .workspace import NO_COMMUNITY, Workspace, open_workspace

__all__ = [
    "open_workspace",
    "Workspace",
    "run",
    "find_binary",
    "RecruitNetError",
    "WorkspaceError",
    "CommandError",
    "BinaryNotFoundError",
    "NotFoundError",
    "NO_COMMUNITY",
]
__version__ = "0.1.0"
