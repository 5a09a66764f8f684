"""torch.save and torch.load, in PyTorch 1.13's file format: a zip archive (torch._zip_archive)
holding data.pkl, the object pickled with protocol 2 by Python's own pickler, in which each
storage is a persistent id ('storage', torch.FloatStorage, key, 'cpu', numel); data/<key>, the
storage's bytes, once per storage and whole; and version. Files written here are the bytes
PyTorch writes for the same objects.

Loading never runs code from a file, whatever ``weights_only`` says (torch._unpickler).
"""
import io
import os
import pickle

from ._device import device
from ._storage import LEGACY_STORAGE_TYPES, Storage
from ._unpickler import Refused, Unpickler
from ._unsupported import package_getattr
from ._zip_archive import archive_name, is_zip, read_archive, write_archive

DEFAULT_PROTOCOL = 2

_UNSAFE_MESSAGE = (
    "Weights only load failed. Re-running `torch.load` with `weights_only` set to `False` will likely succeed, but "
    "it can result in arbitrary code execution.Do it only if you get the file from a trusted source. "
    "WeightsUnpickler error: "
)
_REFUSED_NOTE = (
    " (torch.load here rebuilds only what PyTorch's torch.load(weights_only=True) admits: tensors, parameters, "
    "state dicts and containers of plain Python values; it never runs code a file names)"
)
_CUDA_ON_CPU_ONLY = (
    "Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running "
    "on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to "
    "the CPU."
)
_LEGACY_FORMAT = (
    "torch.load: this file is in PyTorch's legacy format (torch.save(..., _use_new_zipfile_serialization=False), "
    "or PyTorch before 1.6), which is not supported yet; load it in PyTorch and save it again with torch.save"
)
_LEGACY_MAGIC_NUMBER = 0x1950A86A20F9469CFC6C
_UNPICKLER_ARGS = ("encoding", "errors", "fix_imports", "buffers")


def _is_path(f):
    return isinstance(f, (str, os.PathLike))


# ---- saving


def save(obj, f, pickle_module=pickle, pickle_protocol=DEFAULT_PROTOCOL, _use_new_zipfile_serialization=True):
    if not _use_new_zipfile_serialization:
        raise NotImplementedError("torch.save(..., _use_new_zipfile_serialization=False) is not supported yet")
    if _is_path(f):
        path = os.fspath(f)
        name = archive_name(path)
        records = _records(obj, pickle_module, pickle_protocol)
        with _open_for_writing(path) as file:
            write_archive(file, name, records)
    else:
        write_archive(f, "archive", _records(obj, pickle_module, pickle_protocol))
        f.flush()


def _open_for_writing(path):
    parent = os.path.dirname(path)
    if parent and not os.path.isdir(parent):
        raise RuntimeError(f"Parent directory {parent} does not exist.")
    try:
        return open(path, "wb")
    except OSError:
        raise RuntimeError(f"File {path} cannot be opened.") from None


def _records(obj, pickle_module, protocol):
    """The archive's records for ``obj``: data.pkl, each storage's bytes (ordered by key as
    text, as PyTorch orders them), version."""
    storages = {}
    keys = {}
    dtypes = {}

    def persistent_id(value):
        if not isinstance(value, Storage):
            return None
        engine_key = value.key()
        if dtypes.setdefault(engine_key, value.dtype) is not value.dtype:
            raise RuntimeError("Cannot save multiple tensors or storages that view the same data as different types")
        key = keys.setdefault(engine_key, str(len(keys)))
        storages.setdefault(key, value)  # also keeps the storage alive, so no other takes its engine key
        return ("storage", LEGACY_STORAGE_TYPES[value.dtype], key, "cpu", value.size())

    buffer = io.BytesIO()
    pickler = pickle_module.Pickler(buffer, protocol=protocol)
    pickler.persistent_id = persistent_id
    pickler.dump(obj)
    return [("data.pkl", buffer.getvalue())] + [(f"data/{key}", storages[key].data()) for key in sorted(storages)] + [
        ("version", b"3\n")]


# ---- loading


def load(f, map_location=None, pickle_module=None, *, weights_only=False, **pickle_load_args):
    if weights_only and pickle_module is not None:
        raise RuntimeError("Can not safely load weights when expiclit picke_module is specified")
    for name in pickle_load_args:
        if name not in _UNPICKLER_ARGS:
            raise TypeError(f"'{name}' is an invalid keyword argument for Unpickler()")
    restore_location = _restore_location(map_location)
    if _is_path(f):
        with open(f, "rb") as file:
            data = file.read()
    else:
        data = f.read()
    try:
        if not is_zip(data):
            _refuse_legacy(data, weights_only)
        return _unpickle(read_archive(data), restore_location, weights_only)
    except Refused as error:
        if weights_only:
            raise pickle.UnpicklingError(_UNSAFE_MESSAGE + str(error)) from None
        raise pickle.UnpicklingError(str(error) + _REFUSED_NOTE) from None
    except RuntimeError as error:
        if weights_only:
            raise pickle.UnpicklingError(_UNSAFE_MESSAGE + str(error)) from None
        raise


def _refuse_legacy(data, weights_only):
    """PyTorch reads a file that is no zip archive as its legacy format, which begins with a
    pickled magic number: it is read here as PyTorch reads it (so other files get the errors
    PyTorch's unpickler gives), but the rest of a legacy file is not."""
    magic = Unpickler(data, _no_storages, weights_only).load()
    if type(magic) is not int or magic != _LEGACY_MAGIC_NUMBER:
        raise RuntimeError("Invalid magic number; corrupt file?")
    raise NotImplementedError(_LEGACY_FORMAT)


def _no_storages(saved_id):
    raise Refused("A load persistent id instruction was encountered, but no persistent_load function was specified.")


def _unpickle(records, restore_location, weights_only):
    if "data.pkl" not in records:
        raise RuntimeError("PytorchStreamReader failed locating file data.pkl: file not found")
    loaded = {}

    def persistent_load(saved_id):
        if len(saved_id) != 5:
            raise Refused(f"a storage's persistent id has 5 parts, but got {saved_id}")
        _, storage_type, key, location, numel = saved_id
        if not any(storage_type is t for t in LEGACY_STORAGE_TYPES.values()) or type(key) is not str:
            raise Refused(f"Unsupported storage {saved_id}")
        if key not in loaded:
            loaded[key] = restore_location(_read_storage(records, key, storage_type.dtype, numel), str(location))
        return loaded[key]

    return Unpickler(records["data.pkl"], persistent_load, weights_only).load()


def _read_storage(records, key, dtype, numel):
    name = f"data/{key}"
    if name not in records:
        raise RuntimeError(f"PytorchStreamReader failed locating file {name}: file not found")
    data = records[name]
    if type(numel) is not int or len(data) != numel * dtype.itemsize:
        raise RuntimeError(f"PytorchStreamReader: record {name} holds {len(data)} bytes, but its storage is "
                           f"{numel} elements of {dtype}")
    return Storage.from_bytes(data, dtype)


def _restore_location(map_location):
    """PyTorch's map_location forms: None, a device or its name, a dict from saved locations to
    new ones, or a function of (storage, location) giving a storage or None."""
    if map_location is None:
        return _default_restore_location
    if isinstance(map_location, dict):
        return lambda storage, location: _default_restore_location(storage, map_location.get(location, location))
    if isinstance(map_location, (str, device)):
        return lambda storage, location: _default_restore_location(storage, str(map_location))

    def restore(storage, location):
        result = map_location(storage, location)
        if result is None:
            return _default_restore_location(storage, location)
        if not isinstance(result, Storage):
            raise TypeError(f"map_location should return a storage or None, but got {type(result).__name__}")
        return result

    return restore


def _default_restore_location(storage, location):
    if location == "cpu":
        return storage
    if str(location).startswith("cuda"):
        raise RuntimeError(_CUDA_ON_CPU_ONLY)
    raise RuntimeError(
        f"don't know how to restore data location of torch.storage.UntypedStorage (tagged with {location})")


__getattr__ = package_getattr(__name__)
