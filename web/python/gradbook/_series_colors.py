"""Colours of series: matplotlib's default cycle (tab10), and one colour per series name for
the whole session, so "Adam" is the same colour on a landscape and on its loss plot."""
from . import _display

CYCLE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
         "#bcbd22", "#17becf"]

_by_name = {}


def named_color(name):
    """The colour of the series called ``name``: the next colour of the cycle the first time a
    name is seen, the same colour ever after (until the namespace is reset)."""
    if name not in _by_name:
        _by_name[name] = CYCLE[len(_by_name) % len(CYCLE)]
    return _by_name[name]


_display.on_reset(_by_name.clear)
