"""torch.return_types: the named tuples that max(dim=...) and min(dim=...) return."""


class _ValuesIndices(tuple):
    """(values, indices), printed on three lines as PyTorch prints it."""

    __slots__ = ()
    n_fields = 2

    def __new__(cls, values, indices):
        return tuple.__new__(cls, (values, indices))

    @property
    def values(self):
        return self[0]

    @property
    def indices(self):
        return self[1]

    def __repr__(self):
        return f"torch.return_types.{type(self).__name__}(\nvalues={self[0]!r},\nindices={self[1]!r})"


class max(_ValuesIndices):
    __slots__ = ()


class min(_ValuesIndices):
    __slots__ = ()
