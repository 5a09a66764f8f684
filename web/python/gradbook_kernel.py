"""Runs notebook cells in one persistent namespace.

As in Jupyter, the value of a cell's last expression is displayed (as a mime bundle: text and
richer forms), and an error shows a Python traceback. Frames inside the runtime and our
packages are left out, the way PyTorch's C++ frames never appear: the learner sees their own
code only.
"""
import builtins
import linecache
import sys
import traceback

from pyodide.code import eval_code

from gradbook import _display

_HIDDEN_PATHS = ("/lib/gradbook/", "/_pyodide/", "/pyodide/")


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


def describe_error(error, filename):
    """{ename, evalue, traceback, lineno}: lineno is the failing line of ``filename``, if any."""
    info = traceback.TracebackException.from_exception(error)
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


class Kernel:
    def __init__(self, trace_backward=False):
        if trace_backward:
            from torch.autograd.graph import _set_backward_trace

            _set_backward_trace(True)
        self.reset()

    def reset(self):
        """A fresh namespace, as a new interpreter would have."""
        self.namespace = {"__name__": "__main__", "__builtins__": builtins}
        _display.reset()

    def run(self, source, filename):
        """Runs ``source``; returns JSON: {ok, result} or {ok: false, error}. Output goes to sys.stdout."""
        # Tracebacks then quote the cell's lines, as Jupyter's do.
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        try:
            value = eval_code(source, self.namespace, filename=filename)
            reply = {"ok": True, "result": self._result(value)}
        except BaseException as error:  # noqa: BLE001 — the learner's error is the result
            reply = {"ok": False, "error": describe_error(error, filename)}
        finally:
            _display.end_cell()
            sys.stdout.flush()
            sys.stderr.flush()
        return _display.to_json(reply)

    def _result(self, value):
        if value is None:
            return None
        self.namespace["_"] = value
        return _display.mime_bundle(value)
