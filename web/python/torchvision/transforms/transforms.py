"""Transforms with torchvision 0.14's arithmetic, errors and printed forms."""
import torch

from .._image import FLIP_LEFT_RIGHT, Image, pixels


class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, img):
        for t in self.transforms:
            img = t(img)
        return img

    def __repr__(self):
        return self.__class__.__name__ + "(" + "".join(f"\n    {t}" for t in self.transforms) + "\n)"


class ToTensor:
    """An image's uint8 pixels as a float32 C × H × W tensor in [0, 1]: the byte divided by 255,
    in float32, as torchvision divides it. torchvision views the H × W × C bytes as C × H × W,
    converts them to the default dtype and divides; with one channel that is the bytes with a
    dimension in front, and dividing a uint8 tensor by 255 gives the same floats in one op (a
    DataLoader calls this for every image)."""

    def __call__(self, pic):
        if not isinstance(pic, Image):
            raise TypeError(f"pic should be PIL Image or ndarray. Got {type(pic)}")
        return pixels(pic).unsqueeze(0).div(255)

    def __repr__(self):
        return f"{self.__class__.__name__}()"


class Lambda:
    def __init__(self, lambd):
        if not callable(lambd):
            raise TypeError(f"Argument lambd should be callable, got {repr(type(lambd).__name__)}")
        self.lambd = lambd

    def __call__(self, img):
        return self.lambd(img)

    def __repr__(self):
        return f"{self.__class__.__name__}()"


def _check_image_tensor(img):
    if not img.ndim >= 2:
        raise TypeError("Tensor is not a torch image.")


class Normalize(torch.nn.Module):
    def __init__(self, mean, std, inplace=False):
        super().__init__()
        self.mean = mean
        self.std = std
        self.inplace = inplace

    def forward(self, tensor):
        if not isinstance(tensor, torch.Tensor):
            raise TypeError(f"img should be Tensor Image. Got {type(tensor)}")
        _check_image_tensor(tensor)
        if not tensor.is_floating_point():
            raise TypeError(f"Input tensor should be a float tensor. Got {tensor.dtype}.")
        if tensor.ndim < 3:
            raise ValueError("Expected tensor to be a tensor image of size (..., C, H, W). Got tensor.size() = "
                             f"{tensor.size()}")
        if not self.inplace:
            tensor = tensor.clone()
        mean = torch.as_tensor(self.mean, dtype=tensor.dtype)
        std = torch.as_tensor(self.std, dtype=tensor.dtype)
        if (std == 0).any():
            raise ValueError(f"std evaluated to zero after conversion to {tensor.dtype}, leading to division by zero.")
        if mean.ndim == 1:
            mean = mean.view(-1, 1, 1)
        if std.ndim == 1:
            std = std.view(-1, 1, 1)
        return tensor.sub_(mean).div_(std)

    def __repr__(self):
        return f"{self.__class__.__name__}(mean={self.mean}, std={self.std})"


class RandomHorizontalFlip(torch.nn.Module):
    """Flips with probability p, drawing torch.rand(1) from the default generator as torchvision
    does, so a seeded program flips the same images."""

    def __init__(self, p=0.5):
        super().__init__()
        self.p = p

    def forward(self, img):
        if torch.rand(1) < self.p:
            if isinstance(img, Image):
                return img.transpose(FLIP_LEFT_RIGHT)
            _check_image_tensor(img)
            return img.flip(-1)
        return img

    def __repr__(self):
        return f"{self.__class__.__name__}(p={self.p})"
