"""torch.return_types: the named (values, indices) tuples of max(dim=...), min(dim=...), sort,
topk, kthvalue, cummax and cummin; and their *_out forms, which the same calls return when
given out=."""


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


class sort(_ValuesIndices):
    __slots__ = ()


class topk(_ValuesIndices):
    __slots__ = ()


class kthvalue(_ValuesIndices):
    __slots__ = ()


class cummax(_ValuesIndices):
    __slots__ = ()


class cummin(_ValuesIndices):
    __slots__ = ()


# max_out, sort_out, ...: what the same functions return when given out=(values, indices).
for _result in (max, min, sort, topk, kthvalue, cummax, cummin):
    globals()[_result.__name__ + "_out"] = type(_result.__name__ + "_out", (_ValuesIndices,), {"__slots__": ()})
del _result
