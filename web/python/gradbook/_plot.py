"""gradbook.plot: line charts, for loss curves above all."""
from ._figure import Figure, numbers
from ._series_colors import named_color


def plot(*data, x=None, y=None, title=None, xlabel=None, ylabel=None, label=None, markers=False, log_y=False):
    """A line chart of one or more series, returned as a Figure (shown as a cell's result).

    plot(losses)                       y against its index (0, 1, 2, ...)
    plot(steps, losses)                y against x
    plot({"train": a, "test": b})      one line per named series, against the index
    plot(steps, {"train": a, ...})     named series against x (so does x=steps)
    plot({"train": (steps, a), ...})   each named series with its own x
    plot(x=steps, y=losses)            the keyword form of plot(steps, losses)

    A named series has the same colour in every plot and landscape of the session.
    log_y=True draws the y axis on a log scale, where a loss falling by a constant factor per
    step is a straight line.
    """
    if len(data) > 2:
        raise TypeError(f"plot() takes a series, x and y, or a dict of series ({len(data)} positional arguments given)")
    if len(data) == 2 and x is not None:
        raise TypeError("plot() got x twice: as its first argument and as x=")
    if data and y is not None:
        raise TypeError("plot() got y twice: as an argument and as y=")
    if len(data) == 2:
        x, y = data
    elif len(data) == 1:
        y = data[0]
    if y is None:
        raise TypeError("plot() needs the values to draw: plot(y), plot(x, y) or plot({name: y, ...})")
    figure = Figure(title=title, xlabel=xlabel, ylabel=ylabel)
    figure.log_y = log_y
    series = {str(name): values for name, values in y.items()} if isinstance(y, dict) else {label: y}
    for name, values in series.items():
        xs, ys = _series(x, values)
        figure.line(xs, ys, label=name, markers=markers, color=named_color(name) if name is not None else None)
    return figure


def _series(x, values):
    """A series' x and y: its own (x, y) pair, else the shared x, else its indices."""
    if isinstance(values, tuple) and len(values) == 2 and not _is_number(values[0]):
        return values
    ys = numbers(values)
    return (x if x is not None else range(len(ys))), ys


def _is_number(value):
    return isinstance(value, (int, float)) or (hasattr(value, "dim") and value.dim() == 0)
