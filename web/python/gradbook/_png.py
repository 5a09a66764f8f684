"""Pictures as PNG files, encoded here (zlib, no imaging library): what the page shows as an
<img> from data, so an image is never markup and never a script."""
import struct
import zlib


def encode_png(rgb, width, height):
    """PNG bytes of an 8-bit RGB image: ``rgb`` holds its rows top first, 3 bytes a pixel."""
    stride = 3 * width
    # Each row starts with its filter type, 0 (none).
    raw = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, truecolour, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


class Picture:
    """An RGB image shown as a cell's output (a PNG), enlarged by whole pixels so small images
    such as 28 × 28 digits can be seen; ``text`` is its plain-text form."""

    def __init__(self, rgb, width, height, text, scale=1):
        self.width, self.height, self.text, self.scale = width, height, text, scale
        self._rgb = rgb

    def _repr_png_(self):
        s = self.scale
        if s == 1:
            return encode_png(self._rgb, self.width, self.height)
        stride = 3 * self.width
        rows = []
        for y in range(self.height):
            row = self._rgb[y * stride:(y + 1) * stride]
            wide = b"".join(row[x:x + 3] * s for x in range(0, stride, 3))
            rows.extend([wide] * s)
        return encode_png(b"".join(rows), self.width * s, self.height * s)

    def __repr__(self):
        return self.text


def enlargement(width, height, smallest=112, largest=720):
    """How many screen pixels a picture's pixel takes: enough for its longer side to reach
    ``smallest``, never more than ``largest`` across."""
    longer = max(width, height, 1)
    return max(1, min(-(-smallest // longer), largest // longer))
