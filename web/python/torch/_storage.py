"""Storages as torch.save and torch.load know them: the bytes behind tensors, each saved once
and whole, so that tensors sharing one before a save share one after a load.

The engine keeps storages to itself; a ``Storage`` here stands for one through a tensor that
uses it. The legacy storage types (torch.FloatStorage, ...) are the names a file gives the
dtype of each storage.
"""
from . import _dtype
from ._engine import ops
from ._tensor import wrap
from ._unsupported import unsupported


class Storage:
    """The whole storage under ``tensor``, read as elements of ``dtype``."""

    __slots__ = ("_tensor", "dtype")

    def __init__(self, tensor, dtype):
        self._tensor = tensor
        self.dtype = dtype

    @classmethod
    def of(cls, tensor):
        return cls(tensor, tensor.dtype)

    @classmethod
    def from_bytes(cls, data, dtype):
        """A fresh storage holding ``data`` (whole elements of ``dtype``). Bools arrive as bytes
        and become 0 or 1, so no other byte ever sits in a bool."""
        from pyodide.ffi import to_js

        source = _dtype.uint8 if dtype is _dtype.bool else dtype
        numel = len(data) // dtype.itemsize
        return cls(wrap(ops.from_bytes(to_js(memoryview(data).cast("B")), [numel], source.code, dtype.code)), dtype)

    @property
    def device(self):
        from ._device import device

        return device("cpu")

    def key(self):
        """The same number for every tensor on this storage, while they live."""
        return ops.storage_key(self._tensor._h)

    def nbytes(self):
        return len(self.data())

    def size(self):
        return self.nbytes() // self.dtype.itemsize

    def data(self):
        return ops.storage_data(self._tensor._h).to_bytes()

    def cpu(self):
        return self

    def tensor(self, storage_offset, size, stride):
        """A tensor of this storage's bytes with the given geometry (checked against the storage)."""
        return wrap(ops.on_storage(self._tensor._h, list(size), list(stride), storage_offset))

    def __reduce_ex__(self, protocol):
        raise TypeError("a tensor's storage can be written only by torch.save")


class _LegacyStorageType:
    """torch.FloatStorage and friends: the storage type a saved file names for each storage's dtype."""

    dtype = None

    def __new__(cls, *args, **kwargs):
        raise unsupported(f"torch.{cls.__name__}")


def _legacy_storage_type(name, dtype):
    return type(name, (_LegacyStorageType,), {"dtype": dtype, "__module__": "torch", "__slots__": ()})


DoubleStorage = _legacy_storage_type("DoubleStorage", _dtype.float64)
FloatStorage = _legacy_storage_type("FloatStorage", _dtype.float32)
HalfStorage = _legacy_storage_type("HalfStorage", _dtype.float16)
BFloat16Storage = _legacy_storage_type("BFloat16Storage", _dtype.bfloat16)
LongStorage = _legacy_storage_type("LongStorage", _dtype.int64)
IntStorage = _legacy_storage_type("IntStorage", _dtype.int32)
ShortStorage = _legacy_storage_type("ShortStorage", _dtype.int16)
CharStorage = _legacy_storage_type("CharStorage", _dtype.int8)
ByteStorage = _legacy_storage_type("ByteStorage", _dtype.uint8)
BoolStorage = _legacy_storage_type("BoolStorage", _dtype.bool)

LEGACY_STORAGE_TYPES = {
    t.dtype: t
    for t in (DoubleStorage, FloatStorage, HalfStorage, BFloat16Storage, LongStorage, IntStorage, ShortStorage,
              CharStorage, ByteStorage, BoolStorage)
}
