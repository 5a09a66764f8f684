"""A figure as plain data for the page to draw: one set of axes with titled labels, limits
fitted to the data (or set), and a stack of layers. Every layer that has a colour carries it,
so what the page draws is decided here.

Layers (drawn in order):
  {"type": "field", "x": [x0, x1], "y": [y0, y1], "z": rows (one per y, bottom first),
   "levels": n, "colormap": "viridis" | "rdbu", "domain"?: [low, high], "opacity"?: 0..1}
                                                               heat map with contour lines
  {"type": "arrows", "points": [[x, y, dx, dy], ...], "label"}  direction arrows
  {"type": "line", "x", "y", "label", "color", "markers"}      a polyline
  {"type": "scatter", "x", "y", "label", "color"}              points
  {"type": "path", "x", "y", "label", "color"}                 a walk, step by step
  {"type": "bars", "x", "width", "bottom", "height", "label", "color"}
                                                               bars centred on x (a histogram's
                                                               bins, a bar chart's categories)
  {"type": "barh", "y", "height", "left", "width", "label", "color"}
                                                               bars across, centred on y
  {"type": "fill", "x", "y1", "y2", "where"?, "label", "color", "alpha"}
                                                               the area between two curves over x
                                                               (where: false leaves a gap there)
  {"type": "errorbar", "x", "y", "xerr", "yerr", "line", "markers", "label", "color", "ecolor",
   "capsize"}                                                  points with error bars: xerr and yerr
                                                               None or [lower errors, upper errors];
                                                               line/markers: how the points are drawn,
                                                               capsize: the caps' half width in points
  {"type": "text", "text", "at", "color", "ha", "va"}         a text at a place: {"x", "y", "coords"},
                                                               coords "data" or "axes" (fractions of
                                                               the axes); ha/va: matplotlib's alignment
  {"type": "annotation", "text", "at", "xy", "arrow", "color", "ha", "va"}
                                                               a text about the point xy (a place),
                                                               at a place or at an offset from xy
                                                               (coords "offset", in points), with an
                                                               arrow to xy in the colour "arrow" (or none)
  {"type": "hline", "y", "from", "to", "label", "color"}       a horizontal line across the axes
                                                               (from/to: fractions of its width)
  {"type": "vline", "x", "from", "to", "label", "color"}       a vertical one
  {"type": "image", "png": base64, "width", "height"}          a picture, shown alone (no axes)

The spec also holds "xlim" and "ylim" (the view: what the author set, else the data's extent
with matplotlib's margins), "grid", "xticks" (None, or [[position, label], ...] for named
categories or ticks set), "yticks" (the same for the y axis), "xtick_rotation" (degrees
anticlockwise), "legend_order" (optional: the layers' indices in the order the legend lists
them; else the order drawn) and "description": the figure in words, its text alternative.
"""
import torch
from torch._numpy_values import array_tensor

from ._axis_limits import fitted
from ._plot_description import describe, filled, reach
from ._series_colors import CYCLE

FIGURE_MIME = "application/vnd.gradbook.figure+json"


class Figure:
    """Build with the methods below; a Figure shows itself as a cell's result or via display()."""

    def __init__(self, title=None, xlabel=None, ylabel=None):
        self.title = title
        self.xlabel = xlabel
        self.ylabel = ylabel
        self.layers = []
        self.equal_aspect = False
        self.legend = None  # None: a legend when any layer has a label
        self.log_y = False
        self.xlim = None  # (low, high) as set; None: fitted to the data
        self.ylim = None
        self.grid = True
        self.xticks = None
        self.yticks = None
        self.xtick_rotation = 0.0
        self._cycled = 0

    def next_color(self):
        """The next colour of the default cycle, as each new series of a matplotlib axes gets."""
        color = CYCLE[self._cycled % len(CYCLE)]
        self._cycled += 1
        return color

    def line(self, x, y, label=None, color=None, markers=False):
        x, y = _pair(x, y)
        self.layers.append({"type": "line", "x": x, "y": y, "label": label, "color": color or self.next_color(),
                            "markers": markers})
        return self

    def scatter(self, x, y, label=None, color=None):
        x, y = _pair(x, y)
        self.layers.append({"type": "scatter", "x": x, "y": y, "label": label, "color": color or self.next_color()})
        return self

    def bars(self, x, height, width=0.8, bottom=0.0, label=None, color=None):
        """Bars centred on ``x``; width and bottom are one number or one per bar."""
        x, height = _pair(x, height)
        width, bottom = _each(width, len(x), "width"), _each(bottom, len(x), "bottom")
        self.layers.append({"type": "bars", "x": x, "width": width, "bottom": bottom, "height": height,
                            "label": label, "color": color or self.next_color()})
        return self

    def barh(self, y, width, height=0.8, left=0.0, label=None, color=None):
        """Bars across, centred on ``y``; height and left are one number or one per bar."""
        y, width = _pair(y, width)
        height, left = _each(height, len(y), "height"), _each(left, len(y), "left")
        self.layers.append({"type": "barh", "y": y, "height": height, "left": left, "width": width,
                            "label": label, "color": color or self.next_color()})
        return self

    def fill(self, x, y1, y2, where=None, label=None, color=None, alpha=None):
        """The area between y1 and y2 over x, left out where ``where`` is False."""
        layer = {"type": "fill", "x": x, "y1": y1, "y2": y2, "label": label, "color": color or self.next_color(),
                 "alpha": alpha}
        if where is not None and not all(where):
            layer["where"] = where
        self.layers.append(layer)
        return self

    def errorbar(self, x, y, xerr, yerr, line=True, markers=False, label=None, color=None, ecolor=None,
                 capsize=0.0):
        x, y = _pair(x, y)
        color = color or self.next_color()
        self.layers.append({"type": "errorbar", "x": x, "y": y, "xerr": xerr, "yerr": yerr, "line": line,
                            "markers": markers, "label": label, "color": color, "ecolor": ecolor or color,
                            "capsize": capsize})
        return self

    def text(self, text, at, color, ha="left", va="baseline"):
        """A text, which no limits make room for (as in matplotlib)."""
        self.layers.append({"type": "text", "text": text, "at": at, "color": color, "ha": ha, "va": va})
        return self

    def annotation(self, text, at, xy, arrow, color, ha="left", va="baseline"):
        self.layers.append({"type": "annotation", "text": text, "at": at, "xy": xy, "arrow": arrow, "color": color,
                            "ha": ha, "va": va})
        return self

    def hline(self, y, start=0.0, end=1.0, label=None, color=None):
        self.layers.append({"type": "hline", "y": float(y), "from": float(start), "to": float(end), "label": label,
                            "color": color or self.next_color()})
        return self

    def vline(self, x, start=0.0, end=1.0, label=None, color=None):
        self.layers.append({"type": "vline", "x": float(x), "from": float(start), "to": float(end), "label": label,
                            "color": color or self.next_color()})
        return self

    def image(self, png_base64, width, height):
        self.layers.append({"type": "image", "png": png_base64, "width": width, "height": height})
        return self

    def field(self, x_range, y_range, rows, levels=12, colormap="viridis", domain=None, opacity=None):
        layer = {
            "type": "field", "x": list(x_range), "y": list(y_range), "z": rows,
            "levels": levels, "colormap": colormap,
        }
        if domain is not None:
            layer["domain"] = list(domain)
        if opacity is not None:
            layer["opacity"] = opacity
        self.layers.append(layer)
        return self

    def arrows(self, points, label=None):
        self.layers.append({"type": "arrows", "points": points, "label": label})
        return self

    def path(self, x, y, label=None, color=None):
        x, y = _pair(x, y)
        self.layers.append({"type": "path", "x": x, "y": y, "label": label, "color": color or self.next_color()})
        return self

    def limits(self):
        """The view's (xlim, ylim): as set, else a field's ranges, else fitted to the data."""
        field = next((layer for layer in self.layers if layer["type"] == "field"), None)
        if field is not None:
            fitted_x, fitted_y = tuple(field["x"]), tuple(field["y"])
        else:
            xs, ys, sticky_x, sticky_y = _extents(self.layers)
            fitted_x, fitted_y = fitted(xs, sticky_x), fitted(ys, sticky_y, log=self.log_y)
        return _chosen(self.xlim, fitted_x), _chosen(self.ylim, fitted_y)

    def spec(self):
        xlim, ylim = self.limits()
        spec = {
            "title": self.title, "xlabel": self.xlabel, "ylabel": self.ylabel,
            "equal_aspect": self.equal_aspect, "log_y": self.log_y, "layers": self.layers,
            "legend": self.legend if self.legend is not None else any(layer.get("label") for layer in self.layers),
            "xlim": list(xlim), "ylim": list(ylim), "grid": self.grid, "xticks": self.xticks,
            "yticks": self.yticks, "xtick_rotation": self.xtick_rotation,
        }
        spec["description"] = describe(spec)
        return spec

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {FIGURE_MIME: self.spec(), "text/plain": repr(self)}

    def __repr__(self):
        kinds = ", ".join(layer["type"] for layer in self.layers) or "empty"
        title = f" {self.title!r}" if self.title else ""
        return f"<gradbook Figure{title}: {kinds}>"


def _extents(layers):
    """The x and y values the layers reach, and the sticky edges margins must not cross."""
    xs, ys, sticky_x, sticky_y = [], [], [], []
    for layer in layers:
        kind = layer["type"]
        if kind in ("line", "scatter", "path"):
            xs += layer["x"]
            ys += layer["y"]
        elif kind == "arrows":
            xs += [p[0] for p in layer["points"]]
            ys += [p[1] for p in layer["points"]]
        elif kind == "bars":
            for x, w, b, h in zip(layer["x"], layer["width"], layer["bottom"], layer["height"]):
                left = x - w / 2
                xs += [left, left + w]  # the right edge as matplotlib's rectangle reaches it
                ys += [b, b + h]
                sticky_y.append(b)
        elif kind == "barh":
            for y, h, left, w in zip(layer["y"], layer["height"], layer["left"], layer["width"]):
                bottom = y - h / 2
                ys += [bottom, bottom + h]
                xs += [left, left + w]
                sticky_x.append(left)
        elif kind == "fill":
            covered_x, covered_y = filled(layer)
            xs += covered_x
            ys += covered_y
        elif kind == "errorbar":
            xs += reach(layer["x"], layer["xerr"])
            ys += reach(layer["y"], layer["yerr"])
        elif kind == "hline":
            ys.append(layer["y"])
        elif kind == "vline":
            xs.append(layer["x"])
    return xs, ys, sticky_x, sticky_y


def _chosen(limits, fitted_limits):
    """The limits set, each end None meaning the fitted one."""
    if limits is None:
        return fitted_limits
    low, high = limits
    return (fitted_limits[0] if low is None else float(low), fitted_limits[1] if high is None else float(high))


def as_tensor(values):
    """An ndarray as a tensor over the same data (numpy arrays plot as tensors do); anything
    else as it is."""
    return torch.from_numpy(values) if array_tensor(values) is not None else values


def numbers(values):
    """A flat list of floats from a tensor or an ndarray, a sequence of numbers or of
    one-element tensors."""
    values = as_tensor(values)
    if isinstance(values, torch.Tensor):
        flat = values.detach().reshape(-1).tolist()
        return [float(v) for v in flat]
    return [float(v.item()) if isinstance(v, torch.Tensor) else float(v) for v in values]


def _each(value, n, name):
    """One number per bar: a number repeated, or a sequence of n."""
    if isinstance(value, (int, float)):
        return [float(value)] * n
    values = numbers(value)
    if len(values) == 1:
        return values * n
    if len(values) != n:
        raise ValueError(f"{name} must be one number or one per bar: {n} bars, {len(values)} values")
    return values


def _pair(x, y):
    x, y = numbers(x), numbers(y)
    if len(x) != len(y):
        raise ValueError(f"x and y must have the same length, but have {len(x)} and {len(y)} values")
    return x, y
