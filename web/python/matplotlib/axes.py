"""matplotlib's Axes, the subset tutorials use: plot, scatter, hist, bar, barh, fill_between,
errorbar, imshow, axhline and axvline, text and annotate; ticks, titles, labels, limits, log
scale, legend and grid. An axes is drawn as gradbook's figure data (gradbook/_figure.py); an
axes with an image shows the image alone (a PNG, pixels enlarged whole), without the ticks
matplotlib draws around it."""
import base64
import math
import re
import sys

import numpy
import torch

from gradbook._figure import Figure as _Chart, as_tensor as _as_tensor, numbers as _numbers
from gradbook._png import Picture as _Picture, enlargement as _enlargement
from gradbook._series_colors import CYCLE as _CYCLE
from ._artists import (Annotation, AxesImage, BarContainer, ErrorbarContainer, Legend, Line2D, PathCollection,
                       PolyCollection, Rectangle, Text, Transform, XTick, YTick)
from ._histogram import histogram as _histogram
from ._image import image_rgb as _image_rgb

# matplotlib's single-letter colours.
_COLORS = {"b": "#1f77b4", "g": "#2ca02c", "r": "#d62728", "c": "#17becf", "m": "#9467bd",
           "y": "#bcbd22", "k": "#000000", "w": "#ffffff"}
_FORMAT = re.compile(r"^(?P<color>[bgrcmykw])?(?P<marker>[.o,sx^v*+d])?(?P<line>--|-\.|-|:)?(?P<color2>[bgrcmykw])?$")
_SCALES = ("linear", "log", "symlog", "asinh", "logit", "function", "functionlog")
_NO_LEGEND = ("No artists with labels found to put in legend.  Note that artists whose label start with an "
              "underscore are ignored when legend() is called with no argument.")


class Axes:
    def __init__(self, figure, position=(1, 1, 1)):
        self.figure = figure
        self._position = position  # (rows, columns, index from 1) of the figure's grid
        self._image = None  # the picture imshow drew, if any
        self._chart = _Chart()
        self._chart.legend = False  # as in matplotlib, only after legend()
        self._chart.grid = False  # matplotlib's default style draws no grid
        self._axis_on = True
        self._patches_coloured = 0
        self._fixed_ticks = set()  # the axes whose ticks set_xticks / set_yticks placed
        self._widened = {}  # axis: (layers drawn then, limits) for a view widened to show ticks
        self.transData = Transform("matplotlib.transforms.CompositeGenericTransform", "data")
        self.transAxes = Transform("matplotlib.transforms.BboxTransformTo", "axes")

    def _color(self, color):
        return self._chart.next_color() if color is None else _COLORS.get(color, color)

    def _patch_color(self, color):
        """Filled shapes (bars, fill_between) take their colours from a cycle of their own, as
        matplotlib's do: a band under a line is the line's colour."""
        if color is not None:
            return _COLORS.get(color, color)
        self._patches_coloured += 1
        return _CYCLE[(self._patches_coloured - 1) % len(_CYCLE)]

    def plot(self, *args, label=None, color=None, c=None, marker=None, **_style):
        """plot(y), plot(x, y), each optionally followed by a format string such as 'o-' or
        'r--', and several such groups in one call."""
        lines = []
        for xs, columns, fmt in _groups(args):
            style = _FORMAT.match(fmt)
            if style is None:
                raise ValueError(f"{fmt!r} is not a valid format string (unrecognized character)")
            for ys in columns:
                colour = self._color(color or c or style["color"] or style["color2"])
                name = _legend_label(label)
                if style["marker"] and not style["line"]:
                    self._chart.scatter(xs, ys, label=name, color=colour)
                else:
                    self._chart.line(xs, ys, label=name, color=colour, markers=bool(marker or style["marker"]))
                lines.append(Line2D(label))
        return lines

    def scatter(self, x, y, s=None, c=None, label=None, color=None, **_style):
        """Points; a list of class numbers as ``c`` gives each class its own colour."""
        xs, ys = _same_length(x, y)
        if c is None or isinstance(c, str):
            self._chart.scatter(xs, ys, label=_legend_label(label), color=self._color(c or color))
            return PathCollection()
        classes = _numbers(c)
        for value in sorted(set(classes)):
            chosen = [i for i, k in enumerate(classes) if k == value]
            name = f"{label} {value:g}" if label else f"{value:g}"
            self._chart.scatter([xs[i] for i in chosen], [ys[i] for i in chosen], label=name, color=self._color(None))
        return PathCollection()

    def hist(self, x, bins=None, range=None, density=False, weights=None, rwidth=None, color=None, label=None,
             **_style):
        """A histogram of x's values in numpy.histogram's bins (10 equal bins by default);
        returns (counts, edges, bars) as matplotlib does."""
        _refuse_options("hist", _style, _HIST_DEFAULTS)
        values = _numbers(x)
        counts, edges = _histogram(values, 10 if bins is None else bins, range,
                                   None if weights is None else _numbers(weights), density)
        widths = [b - a for a, b in zip(edges, edges[1:])]
        centres = [a + w / 2 for a, w in zip(edges, widths)]
        fill = 1.0 if rwidth is None else min(max(float(rwidth), 0.0), 1.0)
        self._chart.bars(centres, counts, width=[w * fill for w in widths], label=_legend_label(label),
                         color=self._color(color))
        return numpy.array(counts), numpy.array(edges), BarContainer(Rectangle() for _ in counts)

    def bar(self, x, height, width=0.8, bottom=None, *, align="center", color=None, label=None, tick_label=None,
            **_style):
        """Bars at x (numbers, or names: one category each, in order) of the given heights."""
        centres, widths, ticks = _bar_places(x, width, align, tick_label)
        heights = [float(height)] * len(centres) if isinstance(height, (int, float)) else height
        self._chart.bars(centres, heights, width=widths, bottom=0.0 if bottom is None else bottom,
                         label=_legend_label(label), color=self._patch_color(color))
        self._chart.xticks = ticks or self._chart.xticks
        return BarContainer(Rectangle() for _ in centres)

    def barh(self, y, width, height=0.8, left=None, *, align="center", color=None, label=None, tick_label=None,
             **_style):
        """Horizontal bars at y (numbers, or names as bar's x) of the given widths, from left
        (0 by default)."""
        centres, heights, ticks = _bar_places(y, height, align, tick_label)
        widths = [float(width)] * len(centres) if isinstance(width, (int, float)) else width
        self._chart.barh(centres, widths, height=heights, left=0.0 if left is None else left,
                         label=_legend_label(label), color=self._patch_color(color))
        self._chart.yticks = ticks or self._chart.yticks
        return BarContainer(Rectangle() for _ in centres)

    def fill_between(self, x, y1, y2=0, where=None, interpolate=False, step=None, *, color=None, facecolor=None,
                     label=None, alpha=None, **_style):
        """The area between the curves y1 and y2 (a number is a flat line) over x, where
        ``where`` holds and every value is finite."""
        if interpolate or step is not None:
            option = "interpolate=True" if interpolate else f"step={step!r}"
            raise NotImplementedError(f"fill_between({option}) is not supported by this notebook's matplotlib")
        xs, top, bottom = _broadcast([("x", x), ("y1", y1), ("y2", y2)])
        shown = [all(map(math.isfinite, values)) for values in zip(xs, top, bottom)]
        if where is not None:
            keep = [bool(v) for v in _numbers(where)]
            if len(keep) != len(xs):
                raise ValueError(f"where size ({len(keep)}) does not match x size ({len(xs)})")
            shown = [a and b for a, b in zip(shown, keep)]
        self._chart.fill(xs, top, bottom, where=shown, label=_legend_label(label),
                         color=self._patch_color(color or facecolor), alpha=None if alpha is None else float(alpha))
        return PolyCollection()

    def errorbar(self, x, y, yerr=None, xerr=None, fmt="", ecolor=None, elinewidth=None, capsize=None,
                 barsabove=False, *, color=None, c=None, label=None, **_style):
        """Points (joined by a line, or as ``fmt`` says; fmt='none' draws the bars alone) with
        error bars: an error is a number, one per point, or a (2, n) pair of lower and upper ones."""
        _refuse_options("errorbar", _style, _ERRORBAR_DEFAULTS)
        xs, ys = _numbers(x), _numbers(y)
        if len(xs) != len(ys):
            raise ValueError("'x' and 'y' must have the same size")
        hidden = isinstance(fmt, str) and fmt.lower() == "none"
        style = _FORMAT.match("" if hidden else fmt)
        if style is None:
            raise ValueError(f"{fmt!r} is not a valid format string (unrecognized character)")
        colour = self._color(color or c or style["color"] or style["color2"])
        self._chart.errorbar(
            xs, ys, xerr=_errors("x", xerr, xs), yerr=_errors("y", yerr, ys),
            line=not hidden and (bool(style["line"]) or not style["marker"]), markers=not hidden and bool(style["marker"]),
            label=_legend_label(label), color=colour, ecolor=_COLORS.get(ecolor, ecolor) if ecolor else colour,
            capsize=0.0 if capsize is None else float(capsize))
        return ErrorbarContainer()

    def text(self, x, y, s, fontdict=None, *, transform=None, **kwargs):
        """``s`` at (x, y) in data coordinates, or in fractions of the axes with
        transform=ax.transAxes; ha= and va= align it and color= colours it, as in matplotlib."""
        if transform is not None and not isinstance(transform, Transform):
            raise NotImplementedError("text(transform=...): this notebook's matplotlib places texts with "
                                      "ax.transData or ax.transAxes")
        options = {**(fontdict or {}), **kwargs}
        coords = "data" if transform is None else transform._coords
        self._chart.text(str(s), _place(x, y, coords), _text_color(options.get("color", options.get("c"))),
                         *_alignment(options))
        return Text(x, y, str(s))

    def annotate(self, text, xy, xytext=None, xycoords="data", textcoords=None, arrowprops=None, *, color=None,
                 **kwargs):
        """``text`` about the point xy: at xy, or at xytext (in textcoords: 'data', 'axes
        fraction', 'offset points' or 'offset pixels' from xy), with an arrow to xy when
        arrowprops is given."""
        x, y = xy
        point = _place(x, y, _COORDS.get(xycoords), xycoords, "xycoords")
        if xytext is None:
            at = point
        else:
            coords = xycoords if textcoords is None else textcoords
            at = _place(*xytext, _COORDS.get(coords), coords, "textcoords")
        arrow = None
        if arrowprops is not None:
            arrow = _text_color(arrowprops.get("color") or arrowprops.get("facecolor") or arrowprops.get("fc"))
        self._chart.annotation(str(text), at, point, arrow, _text_color(color), *_alignment(kwargs))
        text_x, text_y = xy if xytext is None else xytext
        return Annotation(text_x, text_y, str(text), xy)

    def imshow(self, X, cmap=None, vmin=None, vmax=None, **_style):
        rgb, width, height = _image_rgb(X, cmap, vmin, vmax)
        self._image = _Picture(rgb, width, height, "", _enlargement(width, height, smallest=280, largest=640))
        return AxesImage()

    def axhline(self, y=0, xmin=0, xmax=1, *, color=None, label=None, **_style):
        self._chart.hline(y, xmin, xmax, label=_legend_label(label), color=self._color(color))
        return Line2D(label)

    def axvline(self, x=0, ymin=0, ymax=1, *, color=None, label=None, **_style):
        self._chart.vline(x, ymin, ymax, label=_legend_label(label), color=self._color(color))
        return Line2D(label)

    def set_xlim(self, left=None, right=None, **kwargs):
        self._chart.xlim = _limits(left, right, kwargs.get("xmin"), kwargs.get("xmax"), self.get_xlim())
        return self.get_xlim()

    def set_ylim(self, bottom=None, top=None, **kwargs):
        self._chart.ylim = _limits(bottom, top, kwargs.get("ymin"), kwargs.get("ymax"), self.get_ylim())
        return self.get_ylim()

    def get_xlim(self):
        self._settle_view()
        return tuple(self._chart.limits()[0])

    def get_ylim(self):
        self._settle_view()
        return tuple(self._chart.limits()[1])

    def _settle_view(self):
        """A view set_xticks widened to show its ticks holds only until more is drawn: matplotlib
        then fits the data again (its ticks do not stop autoscaling as set_xlim does)."""
        for axis, (drawn, limits) in list(self._widened.items()):
            if len(self._chart.layers) != drawn:
                if getattr(self._chart, axis + "lim") == limits:
                    setattr(self._chart, axis + "lim", None)
                del self._widened[axis]

    def set_yscale(self, value, **kwargs):
        if value not in _SCALES:
            raise ValueError(f"{value!r} is not a valid value for scale; supported values are "
                             + ", ".join(repr(s) for s in _SCALES))
        if value not in ("linear", "log"):
            raise NotImplementedError(f"set_yscale({value!r}): this notebook's matplotlib draws linear and log axes")
        self._chart.log_y = value == "log"

    def set_title(self, label, **kwargs):
        self._chart.title = str(label)
        return Text(0.5, 1.0, str(label))

    def set_xlabel(self, xlabel, **kwargs):
        self._chart.xlabel = str(xlabel)
        return Text(0.5, 0, str(xlabel))

    def set_ylabel(self, ylabel, **kwargs):
        self._chart.ylabel = str(ylabel)
        return Text(0, 0.5, str(ylabel))

    def set_xticks(self, ticks, labels=None, *, minor=False, **kwargs):
        """Ticks at the positions given (the view widens to show them all, as matplotlib's does),
        labelled as given or as matplotlib's ScalarFormatter writes the positions."""
        return self._set_ticks("x", ticks, labels, minor, kwargs)

    def set_yticks(self, ticks, labels=None, *, minor=False, **kwargs):
        return self._set_ticks("y", ticks, labels, minor, kwargs)

    def set_xticklabels(self, labels, *, fontdict=None, minor=False, **kwargs):
        """New labels for the ticks set (or a bar chart's categories), in order."""
        return self._set_ticklabels("x", labels, minor, kwargs)

    def set_yticklabels(self, labels, *, fontdict=None, minor=False, **kwargs):
        return self._set_ticklabels("y", labels, minor, kwargs)

    def get_xticks(self, *, minor=False):
        return numpy.array([position for position, _ in self._ticks("x")])

    def get_yticks(self, *, minor=False):
        return numpy.array([position for position, _ in self._ticks("y")])

    def get_xticklabels(self, minor=False, which=None):
        return _tick_texts("x", self._ticks("x"))

    def get_yticklabels(self, minor=False, which=None):
        return _tick_texts("y", self._ticks("y"))

    def _ticks(self, axis):
        ticks = getattr(self._chart, axis + "ticks")
        if ticks is None:
            raise NotImplementedError(f"this notebook's matplotlib knows the {axis} ticks only once they are set "
                                      f"(set_{axis}ticks) or named (bar's categories), not the ones it chooses")
        return ticks

    def _set_ticks(self, axis, ticks, labels, minor, options):
        if minor:
            raise NotImplementedError(f"set_{axis}ticks(minor=True) is not supported by this notebook's matplotlib")
        positions = [v.item() if isinstance(v, torch.Tensor) else v for v in _as_tensor(ticks)]
        setattr(self._chart, axis + "ticks", [[p, t] for p, t in zip(positions, _scalar_labels(positions))])
        self._fixed_ticks.add(axis)
        if positions:
            low, high = getattr(self, f"get_{axis}lim")()
            wider = (min(low, *positions), max(high, *positions))
            if wider != (low, high):
                setattr(self._chart, axis + "lim", wider)
                self._widened[axis] = (len(self._chart.layers), wider)
        if labels is not None:
            self._set_ticklabels(axis, labels, False, options)
        else:
            self._rotate(axis, options)
        return [(XTick if axis == "x" else YTick)() for _ in positions]

    def _set_ticklabels(self, axis, labels, minor, options):
        if minor:
            raise NotImplementedError(f"set_{axis}ticklabels(minor=True) is not supported by this notebook's matplotlib")
        ticks = self._ticks(axis)
        # An empty list takes the labels away and keeps the ticks, as in matplotlib.
        labels = [str(label) for label in labels] or [""] * len(ticks)
        if axis in self._fixed_ticks and len(labels) != len(ticks):
            raise ValueError(f"The number of FixedLocator locations ({len(ticks)}), usually from a call to "
                             f"set_ticks, does not match the number of ticklabels ({len(labels)}).")
        relabelled = [[position, label] for (position, _), label in zip(ticks, labels)]
        setattr(self._chart, axis + "ticks", relabelled)
        self._rotate(axis, options)
        return _tick_texts(axis, relabelled)

    def _rotate(self, axis, options):
        """rotation= turns the x tick labels (degrees anticlockwise, or 'vertical' / 'horizontal')."""
        if "rotation" not in options:
            return
        rotation = {"vertical": 90.0, "horizontal": 0.0}.get(options["rotation"], options["rotation"])
        if axis == "x":
            self._chart.xtick_rotation = float(rotation)
        else:
            raise NotImplementedError("set_yticklabels(rotation=...): this notebook's matplotlib turns x tick labels only")

    def get_title(self):
        return self._chart.title or ""

    def legend(self, *args, **kwargs):
        """legend() for the labelled series; legend(labels) names the series in order. Placed
        where it covers no data (outside the axes if every corner would)."""
        if args and isinstance(args[-1], (list, tuple)):
            layers = self._chart.layers
            named = [layers[i] for i in _legend_order(layers) if "label" in layers[i] and layers[i]["type"] != "arrows"]
            for layer, name in zip(named, args[-1]):
                layer["label"] = _legend_label(str(name))
        if not any(layer.get("label") for layer in self._chart.layers):
            sys.stderr.write(_NO_LEGEND + "\n")
            return Legend()
        self._chart.legend = True
        return Legend()

    def grid(self, visible=None, which="major", axis="both", **kwargs):
        """grid() switches the grid on and off; grid(True), grid(False) or style keywords set it."""
        self._chart.grid = (not self._chart.grid) if visible is None and not kwargs else visible is not False

    def axis(self, arg=None, **kwargs):
        if arg in ("off", False):
            self._axis_on = False
        elif arg in ("on", True):
            self._axis_on = True
        elif arg == "equal":
            self._chart.equal_aspect = True
        elif isinstance(arg, str):
            raise ValueError(f"Unrecognized string {arg!r} to axis; try 'on' or 'off'")
        elif arg is not None:
            xmin, xmax, ymin, ymax = arg
            self.set_xlim(xmin, xmax)
            self.set_ylim(ymin, ymax)
        return (*self.get_xlim(), *self.get_ylim())

    def _has_content(self):
        return self._image is not None or bool(self._chart.layers)

    def _spec(self):
        """This axes as gradbook figure data; an image as its PNG, shown alone."""
        if self._image is not None:
            chart = _Chart(title=self._chart.title)
            png = base64.b64encode(self._image._repr_png_()).decode()
            return chart.image(png, self._image.width * self._image.scale, self._image.height * self._image.scale).spec()
        self._settle_view()
        spec = self._chart.spec()
        spec["axis"] = self._axis_on
        spec["legend_order"] = _legend_order(spec["layers"])
        return spec

    def __repr__(self):
        title = f" title={{'center': {self._chart.title!r}}}" if self._chart.title else " "
        return f"<AxesSubplot:{title}>"


# What bar(), barh(), hist() and errorbar() draw is a container in matplotlib, and its legend
# lists containers after the artists drawn one by one (lines, points, filled areas).
_CONTAINERS = ("bars", "barh", "errorbar")


def _legend_order(layers):
    """The layers' indices in the order of matplotlib's legend entries."""
    return ([i for i, layer in enumerate(layers) if layer["type"] not in _CONTAINERS]
            + [i for i, layer in enumerate(layers) if layer["type"] in _CONTAINERS])


def _groups(args):
    """plot's positional arguments as (x, y columns, format) groups: [x], y, [fmt], ...; a 2-D y
    is one line per column, as in matplotlib."""
    args = list(args)
    groups = []
    while args:
        data = []
        while args and not isinstance(args[0], str) and len(data) < 2:
            data.append(args.pop(0))
        fmt = args.pop(0) if args and isinstance(args[0], str) else ""
        if not data:
            raise TypeError("plot() got a format string without data before it")
        columns = _columns(data[-1])
        xs = list(range(len(columns[0]))) if len(data) == 1 else _numbers(data[0])
        for ys in columns:
            _same_length(xs, ys)
        groups.append((xs, columns, fmt))
    return groups


def _columns(values):
    """A 2-D y's columns, or a 1-D y as the one column."""
    values = _as_tensor(values)
    if isinstance(values, torch.Tensor) and values.dim() == 2:
        return [_numbers(values[:, j]) for j in range(values.shape[1])]
    if isinstance(values, (list, tuple)) and values and all(isinstance(row, (list, tuple)) for row in values):
        return [list(map(float, column)) for column in zip(*values)]
    return [_numbers(values)]



# annotate's coordinate systems we draw: data, fractions of the axes, and offsets from the point.
_COORDS = {"data": "data", "axes fraction": "axes", "offset points": "offset", "offset pixels": "offset"}
_POINTS_PER_PIXEL = 72 / 100  # matplotlib's figure is 100 dpi


def _place(x, y, coords, name="data", option="xycoords"):
    if coords is None or (coords == "offset" and option == "xycoords"):
        raise NotImplementedError(f"annotate({option}={name!r}) is not supported by this notebook's matplotlib")
    scale = _POINTS_PER_PIXEL if name == "offset pixels" else 1.0
    return {"x": float(x) * scale, "y": float(y) * scale, "coords": coords}


def _text_color(color):
    return "#000000" if color is None else _COLORS.get(color, color)


def _alignment(options):
    """A text's (ha, va) from ha=/horizontalalignment= and va=/verticalalignment=, checked as
    matplotlib checks them."""
    ha = options.get("ha", options.get("horizontalalignment", "left"))
    va = options.get("va", options.get("verticalalignment", "baseline"))
    for name, value, allowed in (("horizontalalignment", ha, ("center", "right", "left")),
                                 ("verticalalignment", va, ("top", "bottom", "center", "baseline", "center_baseline"))):
        if value not in allowed:
            raise ValueError(f"{value!r} is not a valid value for {name}; supported values are "
                             + ", ".join(repr(a) for a in allowed))
    return ha, va


def _scalar_labels(positions):
    """Tick labels as matplotlib's ScalarFormatter writes them (without its offset or scientific
    forms): every label with the fewest decimals that tell the positions apart to a thousandth
    of their span's order of magnitude, and a true minus sign."""
    if not positions:
        return []
    values = [float(p) for p in positions]
    span = (max(values) - min(values)) or max(abs(v) for v in values) or 1.0
    magnitude = math.floor(math.log10(span))
    decimals = max(0, 3 - magnitude)
    while decimals >= 0 and max(abs(v - round(v, decimals)) for v in values) < 1e-3 * 10 ** magnitude:
        decimals -= 1
    return [f"{v:.{decimals + 1}f}".replace("-", "\u2212") for v in values]


def _tick_texts(axis, ticks):
    """Tick labels as the Text artists matplotlib returns: at (position, 0) on the x axis, (0,
    position) on the y axis."""
    return [Text(position, 0, label) if axis == "x" else Text(0, position, label) for position, label in ticks]


def _bar_places(at, thickness, align, tick_label):
    """Where bar() (or barh()) puts its bars: their centres and thicknesses, and the ticks
    [[position, label], ...] it sets (None if none) - one per name when ``at`` holds names
    (categories 0, 1, 2, ... in order), else one per tick_label. The ticks stay at the positions
    given when align="edge" moves the bars off them."""
    names = [str(v) for v in at] if isinstance(at, (list, tuple)) and at and all(isinstance(v, str) for v in at) else None
    positions = list(range(len(names))) if names else _numbers(at)
    thicknesses = [float(thickness)] * len(positions) if isinstance(thickness, (int, float)) else _numbers(thickness)
    if align == "edge":
        centres = [p + t / 2 for p, t in zip(positions, thicknesses)]
    elif align == "center":
        centres = positions
    else:
        raise ValueError(f"'{align}' is not a valid value for align; supported values are 'center', 'edge'")
    labels = names or ([str(t) for t in tick_label] if tick_label is not None else None)
    return centres, thicknesses, [[p, t] for p, t in zip(positions, labels)] if labels else None


def _broadcast(named):
    """1-D arrays of one length, a number or a single value repeated, as numpy broadcasts them
    (fill_between's x, y1 and y2), with numpy's and matplotlib's words for what does not fit."""
    arrays = []
    for name, values in named:
        values = _as_tensor(values)
        if isinstance(values, torch.Tensor) and values.dim() > 1 or (
                isinstance(values, (list, tuple)) and any(isinstance(v, (list, tuple)) for v in values)):
            raise ValueError(f"{name!r} is not 1-dimensional")
        arrays.append([float(values)] if isinstance(values, (int, float)) else _numbers(values))
    # numpy names the first array that is not a single value and the first that disagrees with it.
    sized = [i for i, a in enumerate(arrays) if len(a) != 1]
    n = len(arrays[sized[0]]) if sized else 1
    wrong = next((i for i in sized if len(arrays[i]) != n), None)
    if wrong is not None:
        raise ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                         f"arg {sized[0]} with shape ({n},) and arg {wrong} with shape ({len(arrays[wrong])},).")
    return [a * n if len(a) == 1 else a for a in arrays]


def _errors(axis, err, values):
    """An error as (lower errors, upper errors), one each per value, from a number, one per
    value or a (2, n) pair, as numpy broadcasts it to (2, n); None for no error bars."""
    if err is None:
        return None
    data = _as_tensor(err)
    if isinstance(data, torch.Tensor):
        rows = data.double().tolist()
    elif isinstance(data, (list, tuple)):
        rows = [_numbers(row) if _is_row(row) else float(row) for row in data]
    else:
        rows = float(data)
    n = len(values)
    shape = _shape(rows)
    fits = (len(shape) == 0 or (len(shape) == 1 and shape[0] in (1, n))
            or (len(shape) == 2 and shape[0] in (1, 2) and shape[1] in (1, n)))
    if not fits:
        raise ValueError(f"'{axis}err' (shape: {shape}) must be a scalar or a 1D or (2, n) array-like whose shape "
                         f"matches '{axis}' (shape: ({n},))")
    if len(shape) < 2:
        rows = [rows, rows]
    pair = [[row] * n if isinstance(row, float) else row * n if len(row) == 1 else row
            for row in (rows * 2 if len(rows) == 1 else rows)]
    if any(e < 0 for row in pair for e in row):
        raise ValueError(f"'{axis}err' must not contain negative values")
    return pair


def _is_row(value):
    value = _as_tensor(value)
    return isinstance(value, (list, tuple)) or isinstance(value, torch.Tensor) and value.dim() > 0


def _shape(rows):
    if isinstance(rows, float):
        return ()
    if rows and isinstance(rows[0], list):
        return (len(rows), len(rows[0]))
    return (len(rows),)


def _same_length(x, y):
    xs, ys = _numbers(x), _numbers(y)
    if len(xs) != len(ys):
        raise ValueError(f"x and y must have same first dimension, but have shapes ({len(xs)},) and ({len(ys)},)")
    return xs, ys


def _legend_label(label):
    """A series' name in the legend: none for None, or for a name starting with '_' (matplotlib's
    way of leaving a series out)."""
    return None if label is None or str(label).startswith("_") else str(label)


def _limits(low, high, low_keyword, high_keyword, current):
    """set_xlim's arguments (low, high), a (low, high) pair, or keywords; None keeps an end."""
    if isinstance(low, (tuple, list)):
        low, high = low
    low = low_keyword if low is None else low
    high = high_keyword if high is None else high
    return (current[0] if low is None else float(low), current[1] if high is None else float(high))


# hist's options that change what is drawn, with matplotlib's defaults: any other value is refused
# rather than quietly drawn as the default (style options such as alpha or edgecolor are ignored).
_HIST_DEFAULTS = {"cumulative": False, "histtype": "bar", "orientation": "vertical", "stacked": False,
                  "log": False, "bottom": None, "align": "mid"}


# errorbar's options for limits drawn as arrows and for bars on some points only.
_ERRORBAR_DEFAULTS = {"lolims": False, "uplims": False, "xlolims": False, "xuplims": False, "errorevery": 1}


def _refuse_options(function, options, defaults):
    for name, default in defaults.items():
        if name in options and options[name] != default:
            raise NotImplementedError(
                f"{function}({name}={options[name]!r}) is not supported by this notebook's matplotlib")
