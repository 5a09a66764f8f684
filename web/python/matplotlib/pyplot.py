"""The subset of matplotlib.pyplot that tutorials use to plot training progress: figure,
subplots (one axes), plot, scatter, xlabel, ylabel, title, legend, show.

As in Jupyter's inline backend, a figure drawn in a cell is shown when the cell ends, or
earlier by show().
"""
import re

from gradbook import _display
from gradbook._figure import Figure as _Chart, numbers as _numbers

# matplotlib's single-letter colours and its default cycle (tab10).
_COLORS = {"b": "#1f77b4", "g": "#2ca02c", "r": "#d62728", "c": "#17becf", "m": "#9467bd",
           "y": "#bcbd22", "k": "#000000", "w": "#ffffff"}
_CYCLE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf"]
_FORMAT = re.compile(r"^(?P<color>[bgrcmykw])?(?P<marker>[.o,sx^v*+d])?(?P<line>--|-\.|-|:)?(?P<color2>[bgrcmykw])?$")


class Line2D:
    def __init__(self, label):
        self._label = label

    def get_label(self):
        return self._label

    def __repr__(self):
        return f"<matplotlib.lines.Line2D object at {id(self):#x}>"


class PathCollection:
    def __repr__(self):
        return f"<matplotlib.collections.PathCollection object at {id(self):#x}>"


class Axes:
    def __init__(self, figure):
        self.figure = figure
        self._chart = _Chart()
        self._chart.legend = False  # as in matplotlib, only after legend()
        self._next_color = 0

    def _color(self, color):
        if color is None:
            color = _CYCLE[self._next_color % len(_CYCLE)]
            self._next_color += 1
        return _COLORS.get(color, color)

    def plot(self, *args, label=None, color=None, marker=None, **_style):
        """plot(y), plot(x, y) or either with a format string such as 'o-' or 'r--'."""
        fmt = args[-1] if args and isinstance(args[-1], str) else ""
        data = args[:-1] if fmt else args
        if len(data) == 1:
            ys = _numbers(data[0])
            xs = list(range(len(ys)))
        elif len(data) == 2:
            xs, ys = data
        else:
            raise TypeError("plot() takes y, or x and y, optionally followed by a format string")
        style = _FORMAT.match(fmt)
        if style is None:
            raise ValueError(f"'{fmt}' is not a valid format string (unrecognized character)")
        color = color or style["color"] or style["color2"]
        markers = bool(marker or style["marker"])
        if style["marker"] and not style["line"]:
            self._chart.scatter(xs, ys, label=label, color=self._color(color))
        else:
            self._chart.line(xs, ys, label=label, color=self._color(color), markers=markers)
        return [Line2D(label)]

    def scatter(self, x, y, s=None, c=None, label=None, color=None, **_style):
        """Points; a list of class numbers as ``c`` gives each class its own colour."""
        if c is None or isinstance(c, str):
            self._chart.scatter(x, y, label=label, color=self._color(c or color))
            return PathCollection()
        xs, ys, classes = _numbers(x), _numbers(y), _numbers(c)
        for value in sorted(set(classes)):
            chosen = [i for i, k in enumerate(classes) if k == value]
            name = f"{label} {value:g}" if label else f"{value:g}"
            self._chart.scatter([xs[i] for i in chosen], [ys[i] for i in chosen], label=name, color=self._color(None))
        return PathCollection()

    def set_title(self, label):
        self._chart.title = str(label)

    def set_xlabel(self, label):
        self._chart.xlabel = str(label)

    def set_ylabel(self, label):
        self._chart.ylabel = str(label)

    def legend(self, *args, **kwargs):
        self._chart.legend = True

    def grid(self, *args, **kwargs):
        """The page always draws a light grid."""


class Figure:
    def __init__(self):
        self._axes = None

    def gca(self):
        if self._axes is None:
            self._axes = Axes(self)
        return self._axes

    @property
    def axes(self):
        return [self._axes] if self._axes is not None else []

    def _has_content(self):
        return self._axes is not None and bool(self._axes._chart.layers)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {**self.gca()._chart._repr_mimebundle_(), "text/plain": repr(self)}

    def __repr__(self):
        return f"<Figure size 640x480 with {len(self.axes)} Axes>"


_open = []  # figures drawn and not yet shown, the current one last


def figure(*args, **kwargs):
    fig = Figure()
    _open.append(fig)
    return fig


def gcf():
    return _open[-1] if _open else figure()


def gca():
    return gcf().gca()


def subplots(nrows=1, ncols=1, **kwargs):
    if (nrows, ncols) != (1, 1):
        raise NotImplementedError("this notebook's matplotlib draws one axes per figure: use subplots() or subplots(1, 1)")
    fig = figure()
    return fig, fig.gca()


def plot(*args, **kwargs):
    return gca().plot(*args, **kwargs)


def scatter(*args, **kwargs):
    return gca().scatter(*args, **kwargs)


def title(label, **kwargs):
    gca().set_title(label)


def xlabel(label, **kwargs):
    gca().set_xlabel(label)


def ylabel(label, **kwargs):
    gca().set_ylabel(label)


def legend(*args, **kwargs):
    gca().legend()


def grid(*args, **kwargs):
    gca().grid()


def show(*args, **kwargs):
    """Shows every open figure that has something drawn, then closes them."""
    figures = [fig for fig in _open if fig._has_content()]
    _open.clear()
    for fig in figures:
        _display.display(fig)


def close(fig=None):
    if fig is None or fig == "all":
        _open.clear()
    elif fig in _open:
        _open.remove(fig)


_display.on_cell_end(show)
_display.on_reset(close)
