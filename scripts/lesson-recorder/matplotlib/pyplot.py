"""Stand-in for matplotlib.pyplot while recording lesson outputs: every call draws nothing."""
import numpy


class _Axes:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def subplots(nrows=1, ncols=1, **kwargs):
    """A stand-in figure and axes shaped as matplotlib's: one axes, or a numpy array of them
    (squeezed to one dimension for a single row or column)."""
    axes = numpy.empty((nrows, ncols), dtype=object)
    for index in numpy.ndindex(axes.shape):
        axes[index] = _Axes()
    return object(), axes[0, 0] if axes.size == 1 else axes.squeeze() if 1 in axes.shape else axes


def __getattr__(name):
    return lambda *args, **kwargs: None
