"""The subset of matplotlib.pyplot that tutorials use to plot training progress and look at
their images: figure, subplots (one axes), plot, scatter, imshow, xlabel, ylabel, title, legend,
show. A figure with an image shows the image alone (a PNG, pixels enlarged whole), without the
axes, ticks or title matplotlib draws around it.

As in Jupyter's inline backend, a figure drawn in a cell is shown when the cell ends, or
earlier by show().
"""
import re

import torch

from gradbook import _display
from gradbook._colormaps import colormap as _colormap, index as _color_index
from gradbook._figure import Figure as _Chart, numbers as _numbers
from gradbook._png import Picture as _Picture, enlargement as _enlargement

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


class AxesImage:
    def __repr__(self):
        return f"<matplotlib.image.AxesImage object at {id(self):#x}>"


def _image_rgb(X, cmap, vmin, vmax):
    """RGB bytes, width and height of imshow's X: H x W values through a colormap (scaled from
    vmin to vmax, by default the data's least and greatest), or H x W x 3 / H x W x 4 colours
    (floats in [0, 1] or bytes; alpha is dropped)."""
    data = X.detach() if isinstance(X, torch.Tensor) else torch.tensor(X)
    shape = tuple(data.shape)
    if data.dim() == 2:
        values = data.double()
        low = float(values.min()) if vmin is None else vmin
        high = float(values.max()) if vmax is None else vmax
        scaled = (values - low) / (high - low) if high != low else torch.zeros_like(values)
        table = _colormap(cmap)
        rgb = b"".join(bytes(table[_color_index(v)]) for v in scaled.reshape(-1).tolist())
        return rgb, shape[1], shape[0]
    if data.dim() == 3 and shape[2] in (3, 4):
        colours = data[:, :, :3]
        if colours.is_floating_point():
            colours = colours.clamp(0, 1).mul(255)
        return bytes(colours.to(torch.uint8).reshape(-1).tolist()), shape[1], shape[0]
    raise TypeError(f"Invalid shape {shape} for image data")


class Axes:
    def __init__(self, figure):
        self.figure = figure
        self._image = None  # the picture imshow drew, if any
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

    def imshow(self, X, cmap=None, vmin=None, vmax=None, **_style):
        rgb, width, height = _image_rgb(X, cmap, vmin, vmax)
        self._image = _Picture(rgb, width, height, "", _enlargement(width, height, smallest=280, largest=640))
        return AxesImage()

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
        return self._axes is not None and (self._axes._image is not None or bool(self._axes._chart.layers))

    def _repr_mimebundle_(self, include=None, exclude=None):
        axes = self.gca()
        drawn = _display.mime_bundle(axes._image) if axes._image is not None else axes._chart._repr_mimebundle_()
        return {**drawn, "text/plain": repr(self)}

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


def imshow(X, cmap=None, **kwargs):
    return gca().imshow(X, cmap=cmap, **kwargs)


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
