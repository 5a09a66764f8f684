"""Grids of coordinates: meshgrid and cartesian_prod, built from views as PyTorch builds them
(each grid is its 1-D input viewed along its own dim and expanded)."""
import warnings

from ._args import check_tensor


def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    if indexing is None:
        warnings.warn(
            "torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument.", UserWarning
        )
        indexing = "ij"
    if indexing not in ("xy", "ij"):
        raise RuntimeError(f'torch.meshgrid: indexing must be one of "xy" or "ij", but received: {indexing}')
    for t in tensors:
        check_tensor("meshgrid", "tensors", 1, t)
        if t.dim() > 1:
            raise RuntimeError(f"torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: {t}")
    tensors = list(tensors)
    swap = indexing == "xy" and len(tensors) >= 2
    if swap:  # xy: the ij grids of the first two inputs swapped, handed back in the given order
        tensors[0], tensors[1] = tensors[1], tensors[0]
    shape = [t.numel() for t in tensors]
    grids = []
    for i, t in enumerate(tensors):
        view_shape = [1] * len(tensors)
        view_shape[i] = -1
        grids.append(t.view(view_shape).expand(shape))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


def cartesian_prod(*tensors):
    if len(tensors) == 1:
        return tensors[0]
    from .joining import stack

    return stack([g.flatten() for g in meshgrid(*tensors, indexing="ij")], dim=1)

