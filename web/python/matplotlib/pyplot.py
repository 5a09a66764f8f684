"""The subset of matplotlib.pyplot that tutorials use to plot training progress, look at data
and show their images: figure, subplots and subplot (a grid of axes), plot, scatter, hist, bar,
barh, fill_between, errorbar, imshow, axhline, axvline, text, annotate, xticks, yticks, xlim, ylim,
yscale, axis, title, xlabel, ylabel, suptitle, legend, grid, show and close. Each call goes to the
current figure's current axes, whose methods (matplotlib.axes.Axes) are there for the
object-oriented style: fig, axs = plt.subplots(1, 2).

As in Jupyter's inline backend, a figure drawn in a cell is shown when the cell ends, or
earlier by show().
"""
from gradbook import _display
from .figure import Figure

_open = []  # figures drawn and not yet shown, the current one last


def figure(num=None, figsize=None, dpi=None, **kwargs):
    fig = Figure(figsize=figsize, dpi=dpi)
    _open.append(fig)
    return fig


def gcf():
    return _open[-1] if _open else figure()


def gca():
    return gcf().gca()


def sca(ax):
    ax.figure.sca(ax)


def subplots(nrows=1, ncols=1, *, squeeze=True, figsize=None, dpi=None, **kwargs):
    fig = figure(figsize=figsize, dpi=dpi)
    return fig, fig.subplots(nrows, ncols, squeeze=squeeze)


def subplot(*args, **kwargs):
    return gcf().add_subplot(*args, **kwargs)


def plot(*args, **kwargs):
    return gca().plot(*args, **kwargs)


def scatter(*args, **kwargs):
    return gca().scatter(*args, **kwargs)


def hist(*args, **kwargs):
    return gca().hist(*args, **kwargs)


def bar(*args, **kwargs):
    return gca().bar(*args, **kwargs)


def barh(*args, **kwargs):
    return gca().barh(*args, **kwargs)


def fill_between(*args, **kwargs):
    return gca().fill_between(*args, **kwargs)


def errorbar(*args, **kwargs):
    return gca().errorbar(*args, **kwargs)


def imshow(X, cmap=None, **kwargs):
    return gca().imshow(X, cmap=cmap, **kwargs)


def axhline(*args, **kwargs):
    return gca().axhline(*args, **kwargs)


def axvline(*args, **kwargs):
    return gca().axvline(*args, **kwargs)


def text(x, y, s, fontdict=None, **kwargs):
    return gca().text(x, y, s, fontdict, **kwargs)


def annotate(text, xy, *args, **kwargs):
    return gca().annotate(text, xy, *args, **kwargs)


def xticks(ticks=None, labels=None, *, minor=False, **kwargs):
    """xticks() gives the x ticks' positions and labels; xticks(ticks, labels) sets them (and
    rotation= turns the labels). Either way (positions, labels) is returned."""
    return _ticks(gca(), "x", ticks, labels, minor, kwargs)


def yticks(ticks=None, labels=None, *, minor=False, **kwargs):
    return _ticks(gca(), "y", ticks, labels, minor, kwargs)


def _ticks(ax, axis, ticks, labels, minor, options):
    if ticks is None:
        if labels is not None:
            raise TypeError(f"{axis}ticks(): Parameter 'labels' can't be set without setting 'ticks'")
        positions = getattr(ax, f"get_{axis}ticks")()
    else:
        positions = getattr(ax, f"set_{axis}ticks")(ticks, minor=minor)
    if labels is not None or options:
        texts = getattr(ax, f"set_{axis}ticklabels")(
            [label for _, label in ax._ticks(axis)] if labels is None else labels, minor=minor, **options)
    else:
        texts = getattr(ax, f"get_{axis}ticklabels")()
    return positions, texts


def xlim(*args, **kwargs):
    """xlim() gives the x axis's limits; xlim(left, right), xlim((left, right)) or
    xlim(left=..., right=...) sets them. Either way the limits are returned."""
    ax = gca()
    return ax.set_xlim(*args, **kwargs) if args or kwargs else ax.get_xlim()


def ylim(*args, **kwargs):
    ax = gca()
    return ax.set_ylim(*args, **kwargs) if args or kwargs else ax.get_ylim()


def yscale(value, **kwargs):
    gca().set_yscale(value, **kwargs)


def axis(*args, **kwargs):
    return gca().axis(*args, **kwargs)


def title(label, **kwargs):
    return gca().set_title(label, **kwargs)


def xlabel(xlabel, **kwargs):
    return gca().set_xlabel(xlabel, **kwargs)


def ylabel(ylabel, **kwargs):
    return gca().set_ylabel(ylabel, **kwargs)


def suptitle(t, **kwargs):
    return gcf().suptitle(t, **kwargs)


def legend(*args, **kwargs):
    return gca().legend(*args, **kwargs)


def grid(visible=None, which="major", axis="both", **kwargs):
    gca().grid(visible, which, axis, **kwargs)


def tight_layout(*args, **kwargs):
    gcf().tight_layout(*args, **kwargs)


def show(*args, **kwargs):
    """Shows every open figure that has something drawn, then closes them."""
    figures = [fig for fig in _open if fig._has_content()]
    _open.clear()
    for fig in figures:
        _display.display(fig)


def close(fig=None):
    """close() closes the current figure, close(fig) that one, close("all") every one."""
    if fig == "all":
        _open.clear()
    elif fig is None:
        _open[-1:] = []
    elif fig in _open:
        _open.remove(fig)


_display.on_cell_end(show)
_display.on_reset(lambda: close("all"))
