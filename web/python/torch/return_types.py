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


def _named(name, fields):
    """A named tuple of tensors as torch.return_types prints it: one field a line."""

    def new(cls, *values):
        return tuple.__new__(cls, values)

    def repr_(self):
        lines = ",\n".join(f"{field}={value!r}" for field, value in zip(fields, self))
        return f"torch.return_types.{name}(\n{lines})"

    namespace = {"__slots__": (), "__new__": new, "__repr__": repr_, "n_fields": len(fields)}
    for i, field in enumerate(fields):
        namespace[field] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), namespace)


# torch.linalg's results and the legacy functions'.
linalg_inv_ex = _named("linalg_inv_ex", ("inverse", "info"))
linalg_slogdet = _named("linalg_slogdet", ("sign", "logabsdet"))
slogdet = _named("slogdet", ("sign", "logabsdet"))
linalg_cholesky_ex = _named("linalg_cholesky_ex", ("L", "info"))
linalg_qr = _named("linalg_qr", ("Q", "R"))
qr = _named("qr", ("Q", "R"))
linalg_eigh = _named("linalg_eigh", ("eigenvalues", "eigenvectors"))
linalg_svd = _named("linalg_svd", ("U", "S", "Vh"))
svd = _named("svd", ("U", "S", "V"))
linalg_lstsq = _named("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"))
