"""torch.nn.functional.pixel_shuffle and pixel_unshuffle: the engine's ops (PixelShuffleBackward0,
PixelUnshuffleBackward0)."""
from .._engine import ops
from .._tensor import wrap


def pixel_shuffle(input, upscale_factor):
    return wrap(ops.pixel_shuffle(input._h, int(upscale_factor)))


def pixel_unshuffle(input, downscale_factor):
    return wrap(ops.pixel_unshuffle(input._h, int(downscale_factor)))
