"""The IDX format of MNIST's files (LeCun's, after Pascal Vincent's SN3 format in Lush): a
big-endian magic number whose low byte counts the dimensions and whose next byte names the
element type, one big-endian 32-bit size per dimension, then the elements, big-endian."""
import gzip
import torch

_TYPES = {8: torch.uint8, 9: torch.int8, 11: torch.int16, 12: torch.int32, 13: torch.float32, 14: torch.float64}


def read_idx(path):
    """The tensor in an IDX file; a name ending in .gz is read through gzip."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    nd, code = magic % 256, magic // 256
    if not (1 <= nd <= 3 and code in _TYPES):
        raise ValueError(f"{path} is not an IDX file (magic number {magic})")
    dtype = _TYPES[code]
    sizes = [int.from_bytes(data[4 * (i + 1):4 * (i + 2)], "big") for i in range(nd)]
    body = bytearray(data[4 * (nd + 1):])
    if dtype.itemsize > 1:
        # Big-endian elements read as little-endian ones after reversing every byte, which also
        # reverses their order: flip(0) restores it.
        return torch.frombuffer(body[::-1], dtype=dtype).flip(0).view(*sizes)
    return torch.frombuffer(body, dtype=dtype).view(*sizes)


def _read_uint8(path, dimensions):
    """An IDX file of bytes with ``dimensions`` dimensions, refused in torchvision's words otherwise."""
    x = read_idx(path)
    if x.dtype != torch.uint8:
        raise TypeError(f"x should be of dtype torch.uint8 instead of {x.dtype}")
    if x.ndimension() != dimensions:
        raise ValueError(f"x should have {dimensions} dimension instead of {x.ndimension()}")
    return x


def read_image_file(path):
    return _read_uint8(path, 3)


def read_label_file(path):
    return _read_uint8(path, 1).long()
