"""Runs notebook cells in one persistent namespace.

As in Jupyter, the value of a cell's last expression is displayed (as a mime bundle: text and
richer forms), and an error shows a Python traceback of the learner's own code.
"""
import builtins
import linecache
import sys

from pyodide.code import eval_code

from gradbook import _display, _float_sum, _libraries
from gradbook._errors import describe_error


builtins.sum = _float_sum.sum
_libraries.install()


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
