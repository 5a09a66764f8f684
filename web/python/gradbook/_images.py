"""show_images: a batch of image tensors (what a DataLoader gives) drawn as one picture."""
import torch

from ._display import display
from ._png import Picture, enlargement


def rgb_bytes(image):
    """The bytes of a C × H × W float image with values in [0, 1] (C is 1 or 3), as RGB rows."""
    if image.size(0) == 1:
        image = image.expand(3, -1, -1)
    levels = image.clamp(0, 1).mul(255).round().to(torch.uint8)
    return bytes(levels.permute(1, 2, 0).reshape(-1).tolist())


def show_images(images, labels=None, nrow=8, padding=2):
    """Shows ``images`` (a B × C × H × W or B × H × W tensor, or a list of C × H × W / H × W
    tensors; C is 1 or 3) as a grid, ``nrow`` to a row, scaled from the batch's least value
    (black) to its greatest (white), as make_grid(normalize=True) does. ``labels``, if given (a
    sequence or tensor, one per image), are printed below in the grid's rows."""
    from torchvision.utils import make_grid

    if isinstance(images, (list, tuple)):
        images = torch.stack([i.unsqueeze(0) if i.dim() == 2 else i for i in images])
    if not isinstance(images, torch.Tensor) or images.dim() not in (3, 4):
        raise TypeError("show_images() takes a batch of images: a B x C x H x W or B x H x W tensor, or a list "
                        "of images")
    if images.dim() == 3:
        images = images.unsqueeze(1)
    if images.size(1) not in (1, 3):
        raise ValueError(f"show_images() draws images with 1 or 3 channels, not {images.size(1)}")
    count = images.size(0)
    if labels is not None and len(labels) != count:
        raise ValueError(f"show_images() got {len(labels)} labels for {count} images")
    grid = make_grid(images.detach().float(), nrow=nrow, padding=padding, normalize=True, pad_value=1.0)
    height, width = grid.size(1), grid.size(2)
    per_row = min(nrow, count)
    display(Picture(rgb_bytes(grid), width, height, f"<{count} images, {per_row} to a row>",
                    enlargement(width, height, smallest=per_row * 84)))
    if labels is not None:
        names = [str(label.item() if isinstance(label, torch.Tensor) else label) for label in labels]
        for start in range(0, count, per_row):
            print("  ".join(names[start:start + per_row]))
