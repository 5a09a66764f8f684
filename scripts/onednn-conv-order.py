# The order in which oneDNN (PyTorch 1.13's float32 convolution on a CPU with AVX-512, its
# jit:avx512_core kernels) rounds a convolution's sums, established by experiment: each rule
# below is emulated in NumPy and compared bit for bit with what torch computes, for the shapes of
# the corpus program pytorch-tutorials/nn_tutorial_part2 (the only one whose float32 convolutions
# PyTorch sends to oneDNN), LeNet's (bench W7) and a few that exercise the blocking.
#   /usr/bin/python3 scripts/onednn-conv-order.py        (OMP_NUM_THREADS=2 for two threads)
# Every multiply-add is fused (x86 FMA, one rounding): a·b is exact in float64 and the sum is
# rounded to float64 and then to float32, which is the fused result unless the float64 sum lies
# exactly halfway between two floats (then a "differ" count could be this emulation's).
import numpy as np
import torch

F32, BLOCK = np.float32, 16  # oneDNN's avx512 kernels keep channels in blocks of 16


def fma(a, b, c):
    return (a.astype(np.float64) * b.astype(np.float64) + c.astype(np.float64)).astype(F32)


def windows(x, k, stride, pad, dil):
    """x [N, C, H, W] → [N, C, k, k, OH, OW]: the input under each kernel tap, zero-padded."""
    n, c, h, w = x.shape
    padded = np.zeros((n, c, h + 2 * pad, w + 2 * pad), F32)
    padded[:, :, pad:pad + h, pad:pad + w] = x
    oh, ow = (h + 2 * pad - dil * (k - 1) - 1) // stride + 1, (w + 2 * pad - dil * (k - 1) - 1) // stride + 1
    out = np.empty((n, c, k, k, oh, ow), F32)
    for i in range(k):
        for j in range(k):
            out[:, :, i, j] = padded[:, :, i * dil:i * dil + stride * oh:stride, j * dil:j * dil + stride * ow:stride]
    return out


def blocks(n):
    return [range(b, min(n, b + BLOCK)) for b in range(0, n, BLOCK)]


def forward(x, w, b, k, stride, pad, dil):
    """k > 1: per block of 16 input channels one chain from 0 over (kh, kw, channel); the first
    block's sum + bias, each later block's sum + the output so far. k = 1: one chain over all
    input channels starting from the bias."""
    win = windows(x, k, stride, pad, dil)
    shape = (x.shape[0], w.shape[0]) + win.shape[4:]
    term = lambda c, i, j, acc: fma(win[:, c, i, j][:, None], w[:, c, i, j][None, :, None, None], acc)
    bias = np.broadcast_to(b[None, :, None, None], shape).astype(F32)
    if k == 1:
        acc = bias
        for c in range(x.shape[1]):
            acc = term(c, 0, 0, acc)
        return acc
    out = None
    for block in blocks(x.shape[1]):
        acc = np.zeros(shape, F32)
        for i in range(k):
            for j in range(k):
                for c in block:
                    acc = term(c, i, j, acc)
        out = (acc + bias).astype(F32) if out is None else (acc + out).astype(F32)
    return out


def input_grad(gy, w, x_shape, k, stride, pad, dil):
    """Per block of 16 output channels one chain from 0 over (kh, kw, channel), each later block's
    sum + the gradient so far (established for k = 3)."""
    n, c, h, wd = x_shape
    oh, ow = gy.shape[2:]
    out = None
    for block in blocks(gy.shape[1]):
        acc = np.zeros((n, c, h + 2 * pad + stride * k * dil, wd + 2 * pad + stride * k * dil), F32)
        for i in range(k):
            for j in range(k):
                for o in block:
                    at = acc[:, :, i * dil:i * dil + stride * oh:stride, j * dil:j * dil + stride * ow:stride]
                    at[...] = fma(gy[:, o][:, None], w[o, :, i, j][None, :, None, None], at)
        acc = acc[:, :, pad:pad + h, pad:pad + wd]
        out = acc if out is None else (acc + out).astype(F32)
    return out


def thread_parts(n, threads):
    """The minibatch split between threads: contiguous halves with two."""
    size = -(-n // threads)
    return [range(t * size, min(n, (t + 1) * size)) for t in range(threads)]


def weight_grad(x, gy, k, stride, pad, dil, threads):
    """k > 1: each thread one chain from 0 over its images, then (output row, output column); the
    threads' sums added. k = 1: per image a chain from 0 over the positions, added onto the sum
    so far (established with 81 positions). A dilated convolution's goes to oneDNN's gemm instead:
    not reproduced."""
    win = windows(x, k, stride, pad, dil)
    total = None
    for part in thread_parts(x.shape[0], threads):
        acc = np.zeros((gy.shape[1],) + win.shape[1:4], F32)
        for n in part:
            if k == 1:
                image = np.zeros_like(acc)
                for a in range(gy.shape[2]):
                    for b in range(gy.shape[3]):
                        image = fma(gy[n, :, a, b][:, None, None, None], win[n, :, :, :, a, b][None], image)
                acc = (image + acc).astype(F32)
                continue
            for a in range(gy.shape[2]):
                for b in range(gy.shape[3]):
                    acc = fma(gy[n, :, a, b][:, None, None, None], win[n, :, :, :, a, b][None], acc)
        total = acc if total is None else (total + acc).astype(F32)
    return total


def bias_grad(gy, threads):
    """Each thread one running float32 sum over its images, then positions; the sums added."""
    total = None
    for part in thread_parts(gy.shape[0], threads):
        acc = np.zeros(gy.shape[1], F32)
        for n in part:
            for a in range(gy.shape[2]):
                for b in range(gy.shape[3]):
                    acc = (acc + gy[n, :, a, b]).astype(F32)
        total = acc if total is None else (total + acc).astype(F32)
    return total


def differing(got, want):
    return int((got.view(np.uint32) != want.view(np.uint32)).sum())


# (label, batch, in channels, size, out channels, kernel, stride, padding, dilation)
SHAPES = [
    ('nn_tutorial conv1', 64, 1, 28, 16, 3, 2, 1, 1),
    ('nn_tutorial conv2', 64, 16, 14, 16, 3, 2, 1, 1),
    ('nn_tutorial conv3', 64, 16, 7, 10, 3, 2, 1, 1),
    ('LeNet conv1', 64, 1, 28, 6, 5, 1, 0, 1),
    ('LeNet conv2', 64, 6, 12, 16, 5, 1, 0, 1),
    ('32 → 32 channels', 8, 32, 10, 32, 3, 1, 1, 1),
    ('24 → 20 channels', 8, 24, 9, 20, 3, 2, 1, 1),
    ('1×1 kernel', 16, 40, 9, 8, 1, 1, 0, 1),
    ('dilation 2', 16, 4, 12, 8, 3, 1, 2, 2),
]

torch.manual_seed(0)
threads = torch.get_num_threads()
print(f'{threads} thread(s); elements whose bits differ from torch (0: the rule reproduces it)')
for label, n, c, size, o, k, stride, pad, dil in SHAPES:
    x = torch.rand(n, c, size, size, requires_grad=True)
    conv = torch.nn.Conv2d(c, o, k, stride, pad, dil)
    y = conv(x)
    gy = torch.randn(y.shape)
    y.backward(gy)
    xs, ws, gys = x.detach().numpy(), conv.weight.detach().numpy(), gy.numpy()
    counts = [
        ('forward', differing(forward(xs, ws, conv.bias.detach().numpy(), k, stride, pad, dil), y.detach().numpy())),
        ('input grad', differing(input_grad(gys, ws, xs.shape, k, stride, pad, dil), x.grad.numpy())),
        ('weight grad', differing(weight_grad(xs, gys, k, stride, pad, dil, threads), conv.weight.grad.numpy())),
        ('bias grad', differing(bias_grad(gys, threads), conv.bias.grad.numpy())),
    ]
    print(f'{label:18} ' + ', '.join(f'{name} {count} of {size_}' for (name, count), size_ in
                                      zip(counts, [y.numel(), x.numel(), ws.size, o])))
