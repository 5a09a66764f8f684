"""imshow's picture: an array's values through a colormap, or its colours, as RGB bytes."""
import torch

from gradbook._colormaps import colormap, index
from gradbook._figure import as_tensor


def image_rgb(X, cmap, vmin, vmax):
    """RGB bytes, width and height of imshow's X: H x W values through a colormap (scaled from
    vmin to vmax, by default the data's least and greatest), or H x W x 3 / H x W x 4 colours
    (floats in [0, 1] or bytes; alpha is dropped)."""
    data = as_tensor(X)
    data = data.detach() if isinstance(data, torch.Tensor) else torch.tensor(data)
    shape = tuple(data.shape)
    if data.dim() == 2:
        values = data.double()
        low = float(values.min()) if vmin is None else vmin
        high = float(values.max()) if vmax is None else vmax
        scaled = (values - low) / (high - low) if high != low else torch.zeros_like(values)
        table = colormap(cmap)
        rgb = b"".join(bytes(table[index(v)]) for v in scaled.reshape(-1).tolist())
        return rgb, shape[1], shape[0]
    if data.dim() == 3 and shape[2] in (3, 4):
        colours = data[:, :, :3]
        if colours.is_floating_point():
            colours = colours.clamp(0, 1).mul(255)
        return bytes(colours.to(torch.uint8).reshape(-1).tolist()), shape[1], shape[0]
    raise TypeError(f"Invalid shape {shape} for image data")
