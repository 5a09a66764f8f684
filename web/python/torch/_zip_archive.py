"""The zip archive a .pt file is, laid out byte for byte as PyTorch 1.13's writer lays it out:
every record stored uncompressed under ``<archive name>/``, its data starting on a 64-byte
boundary (the local header's extra field "FB" pads up to it), sizes and CRC in a data
descriptor after the data (an empty record has none), no timestamps, and a zip64 end record before the classic one.
Reading takes any zip archive, through Python's zipfile.
"""
import io
import struct
import zipfile
import zlib

_ALIGNMENT = 64
_UTF8_NAMES = 0x0800
_DATA_DESCRIPTOR_FOLLOWS = 0x0008  # for records with data: their sizes and CRC come after it
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_DATA_DESCRIPTOR = struct.Struct("<IIII")
_CENTRAL_HEADER = struct.Struct("<IHHHHHHIIIHHHHHII")
_ZIP64_END = struct.Struct("<IQHHIIQQQQ")
_ZIP64_LOCATOR = struct.Struct("<IIQI")
_END = struct.Struct("<IHHHHIIH")


def archive_name(path):
    """The folder a file's records sit in: its base name without extension ('model' for
    'runs/model.pt'), as PyTorch names it."""
    start = max(path.rfind("/"), path.rfind("\\")) + 1
    dot = path.rfind(".", start)
    name = path[start:dot if dot >= 0 else len(path)]
    if not name:
        raise RuntimeError(f"[enforce fail at inline_container.cc:354] . invalid file name: {path}")
    return name


def write_archive(file, name, records):
    """Writes ``records`` (record name, bytes), in order, as the archive ``name`` into ``file``."""
    offset = 0
    entries = []
    for record, data in records:
        filename = f"{name}/{record}".encode()
        crc = zlib.crc32(data)
        header_end = offset + _LOCAL_HEADER.size + len(filename) + 4
        padding = -header_end % _ALIGNMENT
        extra = b"FB" + struct.pack("<H", padding) + b"Z" * padding
        flags = _UTF8_NAMES | (_DATA_DESCRIPTOR_FOLLOWS if data else 0)
        file.write(_LOCAL_HEADER.pack(0x04034B50, 0, flags, 0, 0, 0, 0, 0, 0, len(filename), len(extra)))
        file.write(filename)
        file.write(extra)
        file.write(data)
        if data:
            file.write(_DATA_DESCRIPTOR.pack(0x08074B50, crc, len(data), len(data)))
        entries.append((filename, flags, crc, len(data), offset))
        offset = header_end + padding + len(data) + (_DATA_DESCRIPTOR.size if data else 0)
    directory_start = offset
    for filename, flags, crc, size, header_offset in entries:
        file.write(_CENTRAL_HEADER.pack(0x02014B50, 0, 0, flags, 0, 0, 0, crc, size, size, len(filename), 0, 0, 0,
                                        0, 0, header_offset))
        file.write(filename)
        offset += _CENTRAL_HEADER.size + len(filename)
    directory_size = offset - directory_start
    count = len(entries)
    file.write(_ZIP64_END.pack(0x06064B50, _ZIP64_END.size - 12, 0x031E, 0x2D, 0, 0, count, count, directory_size,
                               directory_start))
    file.write(_ZIP64_LOCATOR.pack(0x07064B50, 0, offset, 1))
    file.write(_END.pack(0x06054B50, 0, 0, count, count, directory_size, directory_start, 0))


def is_zip(data):
    return data[:4] == b"PK\x03\x04"


def read_archive(data):
    """The records of a zip archive held in ``data``, by name without the archive's folder
    (PyTorch takes the folder of the first record as the archive's)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if not names:
            raise RuntimeError("PytorchStreamReader failed locating file data.pkl: file not found")
        prefix = names[0].split("/", 1)[0] + "/"
        return {n[len(prefix):]: archive.read(n) for n in names if n.startswith(prefix)}

