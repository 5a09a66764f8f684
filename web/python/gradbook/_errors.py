"""Errors as the learner sees them: a Python traceback without the frames of the runtime and of
our packages, the way PyTorch's C++ frames never appear, so only the learner's code shows."""
import traceback

_HIDDEN_PATHS = ("/lib/gradbook/", "/_pyodide/", "/pyodide/")

# As CPython's own report of an uncaught error: at most the innermost 1000 frames. Walking all of
# a recursion that sys.setrecursionlimit let grow to a million frames would take minutes.
_FRAME_LIMIT = 1000


def _visible(frame):
    return not any(part in frame.filename for part in _HIDDEN_PATHS)


def _strip_internal_frames(exc_info):
    """Drops hidden frames from an exception and everything it chains to."""
    seen = set()
    while exc_info is not None and id(exc_info) not in seen:
        seen.add(id(exc_info))
        exc_info.stack = traceback.StackSummary.from_list([f for f in exc_info.stack if _visible(f)])
        _strip_internal_frames(exc_info.__cause__)
        exc_info = exc_info.__context__


def describe_error(error, filename=None):
    """{ename, evalue, traceback, lineno}: lineno is the failing line of ``filename``, if any."""
    info = traceback.TracebackException.from_exception(error, limit=-_FRAME_LIMIT)
    _strip_internal_frames(info)
    lineno = None
    if isinstance(error, SyntaxError) and error.filename == filename:
        lineno = error.lineno
    for frame in info.stack:
        if frame.filename == filename:
            lineno = frame.lineno
    return {
        "ename": type(error).__name__,
        "evalue": str(error),
        "traceback": "".join(info.format()),
        "lineno": lineno,
    }
