# Records, for tests/engine/test_onednn_convolution.cpp, what PyTorch 1.13 computes for float32
# convolutions on inputs both sides build the same way (full 24-bit mantissas, so that every
# rounding shows): per tensor the sum of its elements' bit patterns modulo 2**32, a
# fingerprint that changes with any single bit of any element.
#   /usr/bin/python3 scripts/record-convolution-fingerprints.py
import numpy as np
import torch
import torch.nn.functional as F


def filled(shape, seed):
    """Element i: ((i·2654435761 + seed·40503) mod 2**32 >> 8) / 2**24 − 0.5, exact in float32."""
    i = np.arange(int(np.prod(shape)), dtype=np.uint64)
    bits = ((i * 2654435761 + seed * 40503) % 2**32) >> 8
    return torch.from_numpy((bits.astype(np.float64) / 2**24 - 0.5).astype(np.float32).reshape(shape))


def fingerprint(t):
    return int(t.detach().contiguous().numpy().view(np.uint32).astype(np.uint64).sum() % 2**32)


# (label, input shape, weight shape, bias?, stride, padding, dilation, groups)
CASES = [
    ('16 → 16 channels, 3×3, stride 2', (4, 16, 14, 14), (16, 16, 3, 3), True, 2, 1, 1, 1),
    ('24 → 20 channels: two channel blocks each way', (3, 24, 9, 9), (20, 24, 3, 3), True, 1, 1, 1, 1),
    ('LeNet conv1, no bias', (8, 1, 28, 28), (6, 1, 5, 5), False, 1, 0, 1, 1),
    ('1×1 kernel, whole stride: the 1×1 kernel', (2, 20, 8, 8), (24, 20, 1, 1), True, 2, 0, 1, 1),
    ('1×1 kernel, stride not whole: the general kernel', (2, 40, 9, 9), (8, 40, 1, 1), True, 2, 0, 1, 1),
    ('conv1d', (4, 20, 30), (18, 20, 3), True, 1, 2, 1, 1),
    ('two groups of 24: blocks of 8', (2, 48, 8, 8), (48, 24, 3, 3), True, 1, 1, 1, 2),
    ('depthwise', (4, 8, 10, 10), (8, 1, 3, 3), True, 2, 1, 1, 8),
    ('batch of 1 stays on im2col', (1, 3, 10, 10), (4, 3, 3, 3), True, 1, 0, 1, 1),
]
for label, xs, ws, has_bias, stride, pad, dil, groups in CASES:
    x = filled(xs, 1).requires_grad_()
    w = filled(ws, 2).requires_grad_()
    b = filled((ws[0],), 3).requires_grad_() if has_bias else None
    conv = F.conv1d if len(xs) == 3 else F.conv2d
    y = conv(x, w, b, stride, pad, dil, groups)
    y.backward(filled(y.shape, 4))
    prints = [fingerprint(y), fingerprint(x.grad), fingerprint(w.grad), fingerprint(b.grad) if has_bias else 0]
    print(f'// {label}\n{{{{{", ".join(map(str, xs))}}}, {{{", ".join(map(str, ws))}}}, {str(has_bias).lower()}, '
          f'{stride}, {pad}, {dil}, {groups}, {{{", ".join(f"{p}u" for p in prints)}}}}},')
