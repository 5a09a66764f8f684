"""matplotlib's Figure: a grid of axes (subplots), shown by the page as one picture. A figure of
one axes is that axes' drawing; of several, a "panels" drawing that places each axes in its
cell of the grid, with the figure's title (suptitle) above them all."""
from gradbook._display import mime_bundle
from gradbook._figure import FIGURE_MIME
from gradbook._plot_description import describe_panels
from ._artists import Text
from ._axes_array import AxesArray
from .axes import Axes


class Figure:
    def __init__(self, figsize=None, dpi=None):
        width, height = figsize if figsize is not None else (6.4, 4.8)
        self._size = (width * (dpi or 100), height * (dpi or 100))
        self._axes = []
        self._current = None
        self._title = None

    @property
    def axes(self):
        return list(self._axes)

    def gca(self):
        if self._current is None:
            self.add_subplot()
        return self._current

    def sca(self, ax):
        self._current = ax

    def add_subplot(self, *args, **kwargs):
        """add_subplot(), add_subplot(rows, cols, index) or add_subplot(231); the axes already
        at that place, if any, is made current and returned instead of a second one."""
        position = _position(args)
        ax = next((a for a in self._axes if a._position == position), None)
        if ax is None:
            ax = Axes(self, position)
            self._axes.append(ax)
        self._current = ax
        return ax

    def subplots(self, nrows=1, ncols=1, *, squeeze=True, **kwargs):
        for name, n in (("rows", nrows), ("columns", ncols)):
            if not isinstance(n, int) or isinstance(n, bool) or n <= 0:
                raise ValueError(f"Number of {name} must be a positive integer, not {n}")
        grid = [self.add_subplot(nrows, ncols, i + 1) for i in range(nrows * ncols)]
        self._current = grid[0]
        if squeeze and nrows * ncols == 1:
            return grid[0]
        if squeeze and (nrows == 1 or ncols == 1):
            return AxesArray(grid, (nrows * ncols,))
        return AxesArray(grid, (nrows, ncols))

    def suptitle(self, t, **kwargs):
        self._title = str(t)
        return Text(0.5, 0.98, str(t))

    def tight_layout(self, *args, **kwargs):
        """The page always lays out titles, labels and ticks without overlapping: nothing to do."""

    def _has_content(self):
        return any(ax._has_content() for ax in self._axes)

    def _repr_mimebundle_(self, include=None, exclude=None):
        axes = self._axes or [self.gca()]
        if len(axes) == 1 and self._title is None:
            ax = axes[0]
            drawn = mime_bundle(ax._image) if ax._image is not None else {FIGURE_MIME: ax._spec()}
            return {**drawn, "text/plain": repr(self)}
        rows = max(ax._position[0] for ax in axes)
        cols = max(ax._position[1] for ax in axes)
        panels = []
        for ax in axes:
            r, c, index = ax._position
            spec = ax._spec()
            # The cell of this figure's grid the axes sits in (its own grid may be coarser).
            spec["row"] = (index - 1) // c * rows // r
            spec["col"] = (index - 1) % c * cols // c
            panels.append(spec)
        spec = {"title": self._title, "rows": rows, "cols": cols, "panels": panels,
                "description": describe_panels(self._title, panels)}
        return {FIGURE_MIME: spec, "text/plain": repr(self)}

    def __repr__(self):
        width, height = self._size
        return f"<Figure size {width:g}x{height:g} with {len(self._axes)} Axes>"


def _position(args):
    if not args:
        return (1, 1, 1)
    if len(args) == 1:
        digits = args[0]
        if not isinstance(digits, int) or not 100 < digits < 1000:
            raise ValueError(f"Single argument to subplot must be a three-digit integer, not {digits!r}")
        args = (digits // 100, digits // 10 % 10, digits % 10)
    if len(args) != 3:
        raise TypeError(f"subplot() takes 1 or 3 positional arguments but {len(args)} were given")
    rows, cols, index = args
    if not 1 <= index <= rows * cols:
        raise ValueError(f"num must be an integer with 1 <= num <= {rows * cols}, not {index!r}")
    return (rows, cols, index)
