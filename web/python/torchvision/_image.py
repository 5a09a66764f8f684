"""A grayscale image: what torchvision's datasets hand a transform where torchvision gives a PIL
Image in mode "L". There is no PIL here; this object offers the part of PIL's Image that
transforms and lessons use on these images (mode, size, width, height, getbands, getpixel,
tobytes, transpose for a flip), and ToTensor reads it as it reads a PIL image."""

FLIP_LEFT_RIGHT = 0  # PIL's Image.FLIP_LEFT_RIGHT, for transpose()


class Image:
    """Over a 2-D uint8 tensor (height × width), as the datasets hold their images."""

    mode = "L"
    # Named as PIL names its class, so type(image) and the errors that name it (a DataLoader
    # given images without ToTensor) print as they do with torchvision.
    __module__ = "PIL.Image"

    def __init__(self, pixels):
        self._pixels = pixels

    @property
    def width(self):
        return self._pixels.shape[1]

    @property
    def height(self):
        return self._pixels.shape[0]

    @property
    def size(self):
        return (self.width, self.height)

    def getbands(self):
        return ("L",)

    def getpixel(self, xy):
        x, y = xy
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError("image index out of range")
        return int(self._pixels[y, x])

    def tobytes(self):
        return bytes(self._pixels.flatten().tolist())

    def transpose(self, method):
        if method != FLIP_LEFT_RIGHT:
            raise ValueError("only FLIP_LEFT_RIGHT is supported for these images")
        return Image(self._pixels.flip(-1))

    def __eq__(self, other):
        return isinstance(other, Image) and self.size == other.size and bool((self._pixels == other._pixels).all())

    def __repr__(self):
        return f"<PIL.Image.Image image mode=L size={self.width}x{self.height} at 0x{id(self):X}>"


def pixels(image):
    """The image's pixels as a height × width uint8 tensor."""
    return image._pixels
