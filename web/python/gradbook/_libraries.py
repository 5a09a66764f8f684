"""Fits the bundled pure-Python libraries (shipped unchanged) to Pyodide as each is first imported.

tqdm: Pyodide cannot start threads. tqdm's monitor thread (it wakes bars that have not redrawn
for ``maxinterval`` seconds) would fail to start with the first bar, and tqdm would then warn
"TqdmMonitorWarning: tqdm:disabling monitor support" into the learner's output;
``monitor_interval = 0`` is tqdm's own switch for running without it. Its clock, ``time.time``,
ticks in whole milliseconds here (JavaScript's Date.now), so a fast loop would end at "00:00<?,
?it/s"; bars only ever subtract its readings, so they take the finer ``time.perf_counter``.
Pyodide has no ``_multiprocessing``: tqdm's first bar would import half of ``multiprocessing``
(half a second) only to find that out and go on without a process lock, so it starts without.
``tqdm.notebook`` draws ipywidgets, which the page does not have (real tqdm would raise
"IProgress not found"): the text bar, which the page draws live, stands in for it, as it does
in ``tqdm.autonotebook``.
"""
import sys
import time
from importlib.abc import Loader, MetaPathFinder


def _tqdm_std(module):
    module.tqdm.monitor_interval = 0
    module.time = time.perf_counter
    module.TqdmDefaultWriteLock.mp_lock = None


def _tqdm_notebook(module):
    from tqdm.std import tqdm, trange

    module.tqdm = module.tqdm_notebook = tqdm
    module.trange = module.tnrange = trange


_FIT = {"tqdm.std": _tqdm_std, "tqdm.notebook": _tqdm_notebook}


class _FittingLoader(Loader):
    def __init__(self, loader, fit):
        self._loader = loader
        self._fit = fit

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        self._fit(module)


class _FittingFinder(MetaPathFinder):
    """Finds a module to fit as the other finders would, and fits it once it has run."""

    def find_spec(self, name, path, target=None):
        fit = _FIT.get(name)
        if fit is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                spec.loader = _FittingLoader(spec.loader, fit)
                return spec
        return None


def install():
    sys.meta_path.insert(0, _FittingFinder())
