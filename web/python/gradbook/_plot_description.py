"""A figure in words, its text alternative: what it shows, its axes' ranges and each series
with the range of its values, for a screen reader or anyone who cannot see the drawing."""
import math

KINDS = {"line": "line", "scatter": "points", "path": "path", "bars": "bars", "barh": "bars across", "fill": "filled area", "errorbar": "error bars", "hline": "horizontal line",
         "vline": "vertical line", "arrows": "arrows", "field": "contour map", "image": "image"}


def describe(spec):
    """One paragraph for one axes' spec (see _figure.py)."""
    parts = [f"Plot “{spec['title']}”." if spec.get("title") else "Plot."]
    if any(layer["type"] == "image" for layer in spec["layers"]):
        image = next(layer for layer in spec["layers"] if layer["type"] == "image")
        return " ".join(parts + [f"An image of {image['width']} × {image['height']} pixels."])
    parts.append(f"{_axis('x', spec.get('xlabel'), spec['xlim'])}; {_axis('y', spec.get('ylabel'), spec['ylim'])}"
                 + (" (log scale)." if spec.get("log_y") else "."))
    series = [_series(layer) for layer in spec["layers"] if layer["type"] not in WORDS]
    parts.append(f"{len(series)} series: " + "; ".join(series) + "." if series else "No data.")
    texts = [_words(layer) for layer in spec["layers"] if layer["type"] in WORDS]
    if texts:
        parts.append("Text: " + "; ".join(texts) + ".")
    return " ".join(parts)


WORDS = ("text", "annotation")


def describe_panels(title, panels):
    """A figure of several axes: how many, then each in turn."""
    head = f"Figure “{title}” with {len(panels)} plots." if title else f"Figure with {len(panels)} plots."
    return " ".join([head] + [f"{i}. {describe(panel)}" for i, panel in enumerate(panels, 1)])


def _axis(name, label, limits):
    named = f"{name} axis “{label}”" if label else f"{name} axis"
    return f"{named} from {number(limits[0])} to {number(limits[1])}"


def _series(layer):
    kind = KINDS[layer["type"]]
    name = f"{layer['label']} ({kind})" if layer.get("label") else kind
    if layer["type"] in ("line", "scatter", "path"):
        return f"{name}, {len(layer['x'])} points, x {_range(layer['x'])}, y {_range(layer['y'])}"
    if layer["type"] == "bars":
        tops = [b + h for b, h in zip(layer["bottom"], layer["height"])]
        return f"{name}, {len(layer['x'])} bars at x {_range(layer['x'])}, heights {_range(tops)}"
    if layer["type"] == "barh":
        ends = [left + w for left, w in zip(layer["left"], layer["width"])]
        return f"{name}, {len(layer['y'])} bars at y {_range(layer['y'])}, reaching x {_range(ends)}"
    if layer["type"] == "fill":
        xs, ys = filled(layer)
        return f"{name}, x {_range(xs)}, between y {_range(ys)}"
    if layer["type"] == "errorbar":
        ends = [f"{axis} {_range(reach(layer[axis], layer[axis + 'err']))}"
                for axis in ("x", "y") if layer[axis + "err"] is not None]
        return (f"{name}, {len(layer['x'])} points, x {_range(layer['x'])}, y {_range(layer['y'])}"
                + (", the bars reaching " + " and ".join(ends) if ends else ""))
    if layer["type"] == "hline":
        return f"{name} at y = {number(layer['y'])}"
    if layer["type"] == "vline":
        return f"{name} at x = {number(layer['x'])}"
    if layer["type"] == "field":
        values = [v for row in layer["z"] for v in row if math.isfinite(v)]
        return f"{name}, values {_range(values)}"
    return f"{name}, {len(layer['points'])} of them"


def _words(layer):
    """A text and where it is; an annotation, the point it is about."""
    if layer["type"] == "annotation":
        return f"“{layer['text']}” about {_place(layer['xy'])}"
    return f"“{layer['text']}” at {_place(layer['at'])}"


def _place(place):
    where = f"({number(place['x'])}, {number(place['y'])})"
    return where if place["coords"] == "data" else f"{where} of the axes"


def filled(layer):
    """The x and the y values (both curves') a fill layer covers, its gaps left out."""
    shown = [i for i, keep in enumerate(layer.get("where") or [True] * len(layer["x"])) if keep]
    return [layer["x"][i] for i in shown], [layer["y1"][i] for i in shown] + [layer["y2"][i] for i in shown]


def reach(values, errors):
    """The values and the ends of their error bars (errors: None or [lower ones, upper ones])."""
    if errors is None:
        return list(values)
    lower, upper = errors
    return list(values) + [v - e for v, e in zip(values, lower)] + [v + e for v, e in zip(values, upper)]


def _range(values):
    finite = [v for v in values if math.isfinite(v)]
    if not finite:
        return "none finite"
    low, high = min(finite), max(finite)
    return number(low) if low == high else f"from {number(low)} to {number(high)}"


def number(value):
    """Four significant digits: enough to read a range, short enough to listen to."""
    text = f"{value:.4g}"
    return "0" if text == "-0" else text
