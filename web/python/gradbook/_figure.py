"""A figure as plain data for the page to draw: axes with titled labels and a stack of layers.

Layers (drawn in order):
  {"type": "field", "x": [x0, x1], "y": [y0, y1], "z": rows (one per y, bottom first),
   "levels": n, "colormap": "viridis" | "rdbu", "domain"?: [low, high], "opacity"?: 0..1}
                                                               heat map with contour lines
  {"type": "arrows", "points": [[x, y, dx, dy], ...], "label"}  direction arrows
  {"type": "line", "x", "y", "label", "color", "markers"}      a polyline
  {"type": "scatter", "x", "y", "label", "color"}              points
  {"type": "path", "x", "y", "label", "color"}                 a walk, step by step
"""
import torch
from torch._numpy_values import array_tensor

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

    def line(self, x, y, label=None, color=None, markers=False):
        x, y = _pair(x, y)
        self.layers.append({"type": "line", "x": x, "y": y, "label": label, "color": color, "markers": markers})
        return self

    def scatter(self, x, y, label=None, color=None):
        x, y = _pair(x, y)
        self.layers.append({"type": "scatter", "x": x, "y": y, "label": label, "color": color})
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
        self.layers.append({"type": "path", "x": x, "y": y, "label": label, "color": color})
        return self

    def spec(self):
        return {
            "title": self.title, "xlabel": self.xlabel, "ylabel": self.ylabel,
            "equal_aspect": self.equal_aspect, "log_y": self.log_y, "layers": self.layers,
            "legend": self.legend if self.legend is not None else any(layer.get("label") for layer in self.layers),
        }

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {FIGURE_MIME: self.spec(), "text/plain": repr(self)}

    def __repr__(self):
        kinds = ", ".join(layer["type"] for layer in self.layers) or "empty"
        title = f" {self.title!r}" if self.title else ""
        return f"<gradbook Figure{title}: {kinds}>"


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


def _pair(x, y):
    x, y = numbers(x), numbers(y)
    if len(x) != len(y):
        raise ValueError(f"x and y must have the same length, but have {len(x)} and {len(y)} values")
    return x, y
