# The order in which oneDNN (PyTorch 1.13's float32 convolution on a CPU with AVX-512, its
# jit:avx512_core kernels) rounds a convolution's sums, established by experiment: each rule
# below is emulated in NumPy and compared bit for bit with what torch computes, for the shapes of
# the corpus program pytorch-tutorials/nn_tutorial_part2, LeNet's (bench W7) and a few that
# exercise the blocking, the choice of the 1×1 kernel, groups and depthwise convolutions.
#   /usr/bin/python3 scripts/onednn-conv-order.py        (OMP_NUM_THREADS=2 for two threads)
# Every multiply-add is fused (x86 FMA, one rounding): a·b is exact in float64 and the sum is
# rounded to float64 and then to float32, which is the fused result unless the float64 sum lies
# exactly halfway between two floats (then a "differ" count could be this emulation's).
# Not established (the engine keeps its im2col order for them): a dilated convolution's weight and
# bias gradients, grouped 1×1 kernels, 1×1 kernels with padding, groups whose channel counts are
# not multiples of 8 (other than depthwise ones).
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


def blocks(n, size=BLOCK):
    return [range(b, min(n, b + size)) for b in range(0, n, size)]


def one_by_one_kernel(x_shape, k, stride, pad):
    """oneDNN's 1×1 kernel takes a 1×1 convolution without padding whose stride tiles the input
    (output size × stride = input size); other 1×1 convolutions go to the general kernel."""
    size = x_shape[2]
    return k == 1 and pad == 0 and ((size - 1) // stride + 1) * stride == size


def forward(x, w, b, k, stride, pad, dil, block=BLOCK, depthwise=False):
    """Per block of 16 input channels one chain from 0 over (kh, kw, channel); the first block's
    sum + bias, each later block's sum + the output so far. The 1×1 kernel and the depthwise one:
    one chain over all taps starting from the bias."""
    win = windows(x, k, stride, pad, dil)
    shape = (x.shape[0], w.shape[0]) + win.shape[4:]
    term = lambda c, i, j, acc: fma(win[:, c, i, j][:, None], w[:, c, i, j][None, :, None, None], acc)
    bias = np.broadcast_to(b[None, :, None, None], shape).astype(F32)
    if one_by_one_kernel(x.shape, k, stride, pad) or depthwise:
        acc = bias
        for i in range(k):
            for j in range(k):
                for c in range(x.shape[1]):
                    acc = term(c, i, j, acc)
        return acc
    out = None
    for block in blocks(x.shape[1], block):
        acc = np.zeros(shape, F32)
        for i in range(k):
            for j in range(k):
                for c in block:
                    acc = term(c, i, j, acc)
        out = (acc + bias).astype(F32) if out is None else (acc + out).astype(F32)
    return out


def input_grad(gy, w, x_shape, k, stride, pad, dil, block=BLOCK):
    """Per block of 16 output channels one chain from 0 over (kh, kw, channel), each later block's
    sum + the gradient so far; the 1×1 kernel: one chain over all output channels."""
    n, c, h, wd = x_shape
    oh, ow = gy.shape[2:]
    out = None
    if one_by_one_kernel(x_shape, k, stride, pad):
        block = gy.shape[1]
    for block in blocks(gy.shape[1], block):
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
    """Each thread one chain from 0 over its images, then (output row, output column); the
    threads' sums added. The 1×1 kernel: per image a chain from 0 over the positions, added onto
    the sum so far (established with 81 positions). A dilated convolution's goes to oneDNN's gemm instead:
    not reproduced."""
    win = windows(x, k, stride, pad, dil)
    total = None
    for part in thread_parts(x.shape[0], threads):
        acc = np.zeros((gy.shape[1],) + win.shape[1:4], F32)
        for n in part:
            if one_by_one_kernel(x.shape, k, stride, pad):
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


def run_grouped(xs, ws, bs, gys, k, stride, pad, dil, groups, threads):
    """A convolution as oneDNN runs it: each group on its own, with 8-channel blocks (the avx2
    kernels) when a group's channel counts are multiples of 8 but not of 16, and the depthwise
    kernel when each group has one input and one output channel."""
    cg, og = xs.shape[1] // groups, ws.shape[0] // groups
    block = BLOCK if cg % 16 == 0 and og % 16 == 0 else 8
    depthwise = groups > 1 and cg == 1 and og == 1
    parts = []
    for g in range(groups):
        x, w = np.ascontiguousarray(xs[:, g * cg:(g + 1) * cg]), ws[g * og:(g + 1) * og]
        b, gy = bs[g * og:(g + 1) * og], np.ascontiguousarray(gys[:, g * og:(g + 1) * og])
        parts.append((forward(x, w, b, k, stride, pad, dil, block if groups > 1 else BLOCK, depthwise),
                      input_grad(gy, w, x.shape, k, stride, pad, dil, block if groups > 1 else BLOCK),
                      weight_grad(x, gy, k, stride, pad, dil, threads), bias_grad(gy, threads)))
    return [np.concatenate(t, axis) for t, axis in zip(zip(*parts), (1, 1, 0, 0))]


# (label, batch, in channels, size, out channels, kernel, stride, padding, dilation, groups)
SHAPES = [
    ('nn_tutorial conv1', 64, 1, 28, 16, 3, 2, 1, 1, 1),
    ('nn_tutorial conv2', 64, 16, 14, 16, 3, 2, 1, 1, 1),
    ('nn_tutorial conv3', 64, 16, 7, 10, 3, 2, 1, 1, 1),
    ('LeNet conv1', 64, 1, 28, 6, 5, 1, 0, 1, 1),
    ('LeNet conv2', 64, 6, 12, 16, 5, 1, 0, 1, 1),
    ('32 → 32 channels', 8, 32, 10, 32, 3, 1, 1, 1, 1),
    ('24 → 20 channels', 8, 24, 9, 20, 3, 2, 1, 1, 1),
    ('1×1 kernel', 16, 40, 9, 8, 1, 1, 0, 1, 1),
    ('1×1, 24 outputs', 16, 40, 5, 24, 1, 1, 0, 1, 1),
    ('1×1, stride 2 of 8', 4, 20, 8, 24, 1, 2, 0, 1, 1),
    ('1×1, stride 2 of 9', 4, 40, 9, 8, 1, 2, 0, 1, 1),
    ('2 groups of 16', 4, 32, 8, 32, 3, 1, 1, 1, 2),
    ('2 groups of 24', 4, 48, 8, 48, 3, 1, 1, 1, 2),
    ('2 groups, 8 → 16', 4, 16, 8, 32, 3, 1, 1, 1, 2),
    ('depthwise', 8, 8, 10, 8, 3, 2, 1, 1, 8),
    ('dilation 2', 16, 4, 12, 8, 3, 1, 2, 2, 1),
]

torch.manual_seed(0)
threads = torch.get_num_threads()
print(f'{threads} thread(s); elements whose bits differ from torch (0: the rule reproduces it)')
for label, n, c, size, o, k, stride, pad, dil, groups in SHAPES:
    x = torch.rand(n, c, size, size, requires_grad=True)
    conv = torch.nn.Conv2d(c, o, k, stride, pad, dil, groups)
    y = conv(x)
    gy = torch.randn(y.shape)
    y.backward(gy)
    ws = conv.weight.detach().numpy()
    ours = run_grouped(x.detach().numpy(), ws, conv.bias.detach().numpy(), gy.numpy(), k, stride, pad, dil, groups,
                       threads)
    torch_values = [y.detach().numpy(), x.grad.numpy(), conv.weight.grad.numpy(), conv.bias.grad.numpy()]
    counts = [differing(a, b) for a, b in zip(ours, torch_values)]
    print(f'{label:18} ' + ', '.join(f'{name} {count} of {t.size}' for name, count, t in
                                      zip(('forward', 'input grad', 'weight grad', 'bias grad'), counts, torch_values)))
