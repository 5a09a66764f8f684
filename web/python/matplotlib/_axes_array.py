"""The axes subplots() returns for a grid, indexed as matplotlib's numpy array of them is:
axs[i] (a row, or an axes of a single row or column), axs[i, j], axs.flat, axs.ravel(),
len(axs), iteration, axs.shape."""


class AxesArray:
    def __init__(self, items, shape):
        self._items = list(items)  # row by row
        self.shape = shape
        self.ndim = len(shape)
        self.size = len(self._items)

    def __len__(self):
        return self.shape[0]

    def __getitem__(self, key):
        if self.ndim == 1:
            return self._items[key]
        rows, cols = self.shape
        if isinstance(key, tuple):
            row, col = key
            return self._row(row)[col]
        return self._row(key)

    def _row(self, row):
        cols = self.shape[1]
        row = range(self.shape[0])[row]
        return AxesArray(self._items[row * cols:(row + 1) * cols], (cols,))

    def __iter__(self):
        return iter(self._items) if self.ndim == 1 else (self._row(r) for r in range(self.shape[0]))

    @property
    def flat(self):
        return iter(self._items)

    def ravel(self):
        return AxesArray(self._items, (self.size,))

    flatten = ravel

    def __repr__(self):
        if self.ndim == 1:
            return "array([" + ", ".join(map(repr, self._items)) + "], dtype=object)"
        rows = ["[" + ", ".join(map(repr, self._row(r))) + "]" for r in range(self.shape[0])]
        return "array([" + ",\n       ".join(rows) + "], dtype=object)"
