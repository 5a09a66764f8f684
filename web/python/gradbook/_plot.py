"""gradbook.plot: line charts, for loss curves above all."""
from ._figure import Figure, numbers


def plot(*data, title=None, xlabel=None, ylabel=None, label=None, markers=False, log_y=False):
    """A line chart of one or more series, returned as a Figure (shown as a cell's result).

    plot(losses)                       y against its index (0, 1, 2, ...)
    plot(steps, losses)                y against x
    plot({"train": a, "test": b})      one line per named series, against the index

    log_y=True draws the y axis on a log scale, where a loss falling by a constant factor per
    step is a straight line.
    """
    figure = Figure(title=title, xlabel=xlabel, ylabel=ylabel)
    figure.log_y = log_y
    if len(data) == 1 and isinstance(data[0], dict):
        for name, ys in data[0].items():
            ys = numbers(ys)
            figure.line(range(len(ys)), ys, label=str(name), markers=markers)
    elif len(data) == 1:
        ys = numbers(data[0])
        figure.line(range(len(ys)), ys, label=label, markers=markers)
    elif len(data) == 2:
        figure.line(data[0], data[1], label=label, markers=markers)
    else:
        raise TypeError(f"plot() takes a series, x and y, or a dict of series ({len(data)} positional arguments given)")
    return figure
