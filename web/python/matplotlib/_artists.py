"""What pyplot's drawing calls return, with matplotlib's reprs (a cell that ends in plt.title(...)
shows Text(0.5, 1.0, '...') as in Jupyter)."""


class _Artist:
    _kind = "matplotlib.artist.Artist"

    def __repr__(self):
        return f"<{self._kind} object at {id(self):#x}>"


class Line2D(_Artist):
    _kind = "matplotlib.lines.Line2D"

    def __init__(self, label):
        self._label = label

    def get_label(self):
        return self._label


class PathCollection(_Artist):
    _kind = "matplotlib.collections.PathCollection"


class PolyCollection(_Artist):
    _kind = "matplotlib.collections.PolyCollection"


class AxesImage(_Artist):
    _kind = "matplotlib.image.AxesImage"


class XTick(_Artist):
    _kind = "matplotlib.axis.XTick"


class YTick(_Artist):
    _kind = "matplotlib.axis.YTick"


class Legend(_Artist):
    _kind = "matplotlib.legend.Legend"


class BarContainer(tuple):
    """The bars of one bar() or hist() call."""

    def __repr__(self):
        return f"<BarContainer object of {len(self)} artists>"


class ErrorbarContainer(tuple):
    """What errorbar() returns: its data line, caps and bars, three artists in matplotlib."""

    def __new__(cls):
        return super().__new__(cls, (Line2D(None), (), ()))

    def __repr__(self):
        return f"<ErrorbarContainer object of {len(self)} artists>"


class Rectangle(_Artist):
    _kind = "matplotlib.patches.Rectangle"


class Text:
    """A title, label or text: matplotlib's repr gives where it sits (a title or label in axes
    fractions, a text in its coordinates) and its text."""

    def __init__(self, x, y, text):
        self._x, self._y, self._text = x, y, text

    def get_text(self):
        return self._text

    def __repr__(self):
        return f"Text({self._x}, {self._y}, {self._text!r})"


class Annotation(Text):
    """annotate()'s text: shown (repr) as the Text it is, where the text sits (xytext as given);
    printed (str) as the point it annotates."""

    def __init__(self, x, y, text, xy):
        super().__init__(x, y, text)
        self.xy = xy

    def __str__(self):
        return "Annotation(%g, %g, %r)" % (self.xy[0], self.xy[1], self._text)


class Transform:
    """ax.transAxes and ax.transData, which a text's transform= picks its coordinates with."""

    def __init__(self, kind, coords):
        self._kind, self._coords = kind, coords

    def __repr__(self):
        return f"<{self._kind} object at {id(self):#x}>"
