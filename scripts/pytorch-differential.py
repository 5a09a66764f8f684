"""Runs every differentiable op, fused forward kernel and optimizer step on seeded random inputs
and prints the exact bits of each output and gradient, one line per case.

scripts/compare-with-pytorch.mjs runs this file under real PyTorch and under Gradbook and
compares the lines. Inputs come from Python's own random module (not torch's generator), so
both sides start from identical values. Sizes are at least 64 elements, some multiples of 8
and 16 and some not, so both the vectorised bodies and the scalar tails of kernels are used.
"""
import math
import random
import sys

import torch
import torch.nn.functional as F

DTYPES = [torch.float32, torch.float64]
SHAPES = [(64,), (67,), (8, 16), (5, 13), (3, 7, 9)]
ONLY = sys.argv[1] if len(sys.argv) > 1 else ''


def bits(t):
    return ' '.join(float(v).hex() for v in t.detach().double().flatten().tolist())


class Inputs:
    """Seeded random tensors of the kinds the ops need."""

    def __init__(self, seed, dtype):
        self.rng = random.Random(seed)
        self.dtype = dtype
        self.leaves = []

    def draw(self, kind):
        r = self.rng
        # Only arithmetic on random(): math functions (as in gauss) may round differently in
        # Pyodide's C library, and the inputs must be the same bits on both sides.
        if kind == 'normal':
            return r.uniform(-2.0, 2.0)
        if kind == 'positive':
            return r.uniform(0.1, 3.0)
        if kind == 'probability':
            return r.uniform(0.02, 0.98)
        if kind == 'unit':
            return r.uniform(-0.95, 0.95)
        raise ValueError(kind)

    def __call__(self, shape, kind='normal', grad=True):
        n = math.prod(shape)
        t = torch.tensor([self.draw(kind) for _ in range(n)], dtype=self.dtype).reshape(shape)
        if grad:
            t.requires_grad_(True)
            self.leaves.append(t)
        return t

    def classes(self, shape, count):
        return torch.tensor([self.rng.randrange(count) for _ in range(math.prod(shape))]).reshape(shape)


CASES = []


def case(name, shapes=SHAPES):
    def register(fn):
        CASES.append((name, shapes, fn))
        return fn
    return register


def unary(name, fn, kind='normal'):
    case(name)(lambda s, x: fn(x(s, kind)))


def binary(name, fn, kinds=('normal', 'normal')):
    case(name)(lambda s, x: fn(x(s, kinds[0]), x(s, kinds[1])))
    # The second operand broadcast along the first dimension.
    case(name + '/broadcast')(lambda s, x: fn(x(s, kinds[0]), x(s[1:] or (1,), kinds[1])))


# Arithmetic and the a*b + c shapes of forward kernels.
binary('add', torch.add)
binary('add_alpha', lambda a, b: torch.add(a, b, alpha=0.3))
binary('sub_alpha', lambda a, b: torch.sub(a, b, alpha=0.7))
binary('rsub_alpha', lambda a, b: torch.rsub(a, b, alpha=1.3))
binary('add_scalar_alpha', lambda a, b: torch.add(a, 0.1, alpha=0.3) * b)
binary('mul', torch.mul)
binary('div', torch.div, ('normal', 'positive'))
binary('div_scalar', lambda a, b: a / 0.7 + b / 3)
binary('pow_tensor', torch.pow, ('positive', 'normal'))
binary('maximum', torch.maximum)
binary('minimum', torch.minimum)
unary('pow_2', lambda x: x ** 2)
unary('pow_3', lambda x: x ** 3)
unary('pow_half', lambda x: x ** 0.5, 'positive')
unary('pow_negative', lambda x: x ** -1.5, 'positive')
unary('rpow', lambda x: 2.5 ** x)
unary('square', torch.square)
unary('neg', torch.neg)
unary('reciprocal', torch.reciprocal, 'positive')
unary('clamp', lambda x: torch.clamp(x, -0.5, 0.8))
unary('clamp_min', lambda x: torch.clamp(x, min=-0.2))
binary('clamp_tensor', lambda x, lo: torch.clamp(x, min=lo, max=lo + 1))
binary('where', lambda a, b: torch.where(a > b, a * 2, b))
binary('lerp', lambda a, b: torch.lerp(a, b, 0.3))
binary('lerp_tensor', lambda a, b: torch.lerp(a, b, torch.sigmoid(a)))
case('addcmul')(lambda s, x: torch.addcmul(x(s), x(s), x(s), value=0.3))
case('addcdiv')(lambda s, x: torch.addcdiv(x(s), x(s), x(s, 'positive'), value=0.3))

# Elementwise functions.
for name in ['abs', 'exp', 'expm1', 'sin', 'cos', 'atan', 'sinh', 'cosh', 'tanh', 'sigmoid', 'relu', 'erf',
             'exp2', 'sign', 'floor', 'ceil', 'round', 'trunc', 'frac']:
    unary(name, getattr(torch, name))
for name in ['log', 'log2', 'log10', 'log1p', 'sqrt', 'rsqrt']:
    unary(name, getattr(torch, name), 'positive')
for name in ['asin', 'acos', 'tan']:
    unary(name, getattr(torch, name), 'unit')
unary('leaky_relu', lambda x: F.leaky_relu(x, 0.01))
unary('leaky_relu_0.2', lambda x: F.leaky_relu(x, 0.2))
unary('softmax', lambda x: F.softmax(x, dim=-1))
unary('softmax_dim0', lambda x: F.softmax(x, dim=0))
unary('log_softmax', lambda x: F.log_softmax(x, dim=-1))
unary('log_softmax_dim0', lambda x: F.log_softmax(x, dim=0))

# Reductions.
unary('sum', torch.sum)
unary('sum_dim', lambda x: x.sum(-1))
unary('sum_dim0_keepdim', lambda x: x.sum(0, keepdim=True))
unary('mean', torch.mean)
unary('mean_dim', lambda x: x.mean(-1))
unary('mean_dim0', lambda x: x.mean(0))
unary('prod', lambda x: (x * 0.3 + 1).prod(-1))
unary('std', torch.std)
unary('std_dim', lambda x: x.std(-1))
unary('var', torch.var)
unary('var_dim0', lambda x: x.var(0))
unary('var_biased', lambda x: x.var(-1, unbiased=False))
unary('norm', torch.norm)
unary('norm_dim', lambda x: x.norm(dim=-1))
unary('norm_1', lambda x: x.norm(p=1))
unary('norm_3', lambda x: x.norm(p=3, dim=-1))
unary('norm_inf', lambda x: x.norm(p=float('inf')))
unary('max', torch.max)
unary('max_dim', lambda x: x.max(-1).values)
unary('amin', lambda x: x.amin(-1))
unary('amax', lambda x: x.amax(0))
unary('cumsum', lambda x: x.cumsum(-1))


# Losses, forward and backward, over every reduction.
def loss_cases(name, fn, target_kind='normal', input_kind='normal'):
    for reduction in ['mean', 'sum', 'none']:
        case(f'{name}/{reduction}')(
            lambda s, x, r=reduction: fn(x(s, input_kind), x(s, target_kind, grad=False), reduction=r))


loss_cases('mse_loss', F.mse_loss)
loss_cases('l1_loss', F.l1_loss)
loss_cases('binary_cross_entropy', F.binary_cross_entropy, 'probability', 'probability')
loss_cases('binary_cross_entropy_with_logits', F.binary_cross_entropy_with_logits, 'probability')
case('binary_cross_entropy_with_logits/pos_weight')(
    lambda s, x: F.binary_cross_entropy_with_logits(x(s), x(s, 'probability', grad=False),
                                                    pos_weight=x(s[-1:], 'positive', grad=False)))
CLASS_SHAPES = [(64, 5), (67, 10), (16, 16), (9, 13)]
for reduction in ['mean', 'sum', 'none']:
    case(f'cross_entropy/{reduction}', CLASS_SHAPES)(
        lambda s, x, r=reduction: F.cross_entropy(x(s), x.classes(s[:1], s[1]), reduction=r))
    case(f'nll_loss/{reduction}', CLASS_SHAPES)(
        lambda s, x, r=reduction: F.nll_loss(F.log_softmax(x(s), 1), x.classes(s[:1], s[1]), reduction=r))
case('cross_entropy/weight', CLASS_SHAPES)(
    lambda s, x: F.cross_entropy(x(s), x.classes(s[:1], s[1]), weight=x(s[1:], 'positive', grad=False)))
case('cross_entropy/probabilities', CLASS_SHAPES)(
    lambda s, x: F.cross_entropy(x(s), F.softmax(x(s, grad=False), 1)))

# Matrix products.
MATMUL_SHAPES = [(8, 16, 8), (7, 67, 9), (16, 64, 3), (5, 13, 11)]
case('mm', MATMUL_SHAPES)(lambda s, x: x((s[0], s[1])) @ x((s[1], s[2])))
case('mv', MATMUL_SHAPES)(lambda s, x: x((s[0], s[1])) @ x((s[1],)))
case('dot', MATMUL_SHAPES)(lambda s, x: torch.dot(x((s[1],)), x((s[1],))))
case('outer', MATMUL_SHAPES)(lambda s, x: torch.outer(x((s[0],)), x((s[2],))))
case('bmm', MATMUL_SHAPES)(lambda s, x: torch.bmm(x((2, s[0], s[1])), x((2, s[1], s[2]))))
case('matmul_broadcast', MATMUL_SHAPES)(lambda s, x: x((2, s[0], s[1])) @ x((s[1], s[2])))
case('linear', MATMUL_SHAPES)(lambda s, x: F.linear(x((s[0], s[1])), x((s[2], s[1])), x((s[2],))))
case('addmm', MATMUL_SHAPES)(lambda s, x: torch.addmm(x((s[0], s[2])), x((s[0], s[1])), x((s[1], s[2]))))
case('addmm_row_bias', MATMUL_SHAPES)(lambda s, x: torch.addmm(x((s[2],)), x((s[0], s[1])), x((s[1], s[2]))))
case('addmm_transposed', MATMUL_SHAPES)(lambda s, x: torch.addmm(x((s[0], s[2])), x((s[1], s[0])).t(), x((s[2], s[1])).t()))
case('linear_one_output', MATMUL_SHAPES)(lambda s, x: F.linear(x((s[0], s[1])), x((1, s[1])), x((1,))))
case('addmm_one_column_mat1_transposed', MATMUL_SHAPES)(
    lambda s, x: torch.addmm(x((s[0], 1)), x((s[1], s[0])).t(), x((s[1], 1))))


# Optimizer steps: a few steps with fresh random gradients, the parameters' bits after each.
def optimizer_case(name, make):
    def run(s, x):
        p = x(s, grad=False).requires_grad_(True)
        opt = make([p])
        steps = []
        for _ in range(4):
            p.grad = x(s, grad=False)
            opt.step()
            steps.append(p.detach().clone())
        return steps
    case('optim/' + name)(run)


optimizer_case('sgd', lambda p: torch.optim.SGD(p, lr=0.1))
optimizer_case('sgd_momentum', lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9))
optimizer_case('sgd_dampening', lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, dampening=0.3))
optimizer_case('sgd_nesterov', lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True))
optimizer_case('sgd_weight_decay', lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.5, weight_decay=0.01))
optimizer_case('sgd_maximize', lambda p: torch.optim.SGD(p, lr=0.1, maximize=True))
optimizer_case('adam', lambda p: torch.optim.Adam(p, lr=0.01))
optimizer_case('adam_weight_decay', lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1))
optimizer_case('adam_amsgrad', lambda p: torch.optim.Adam(p, lr=0.01, amsgrad=True))
optimizer_case('adamw', lambda p: torch.optim.AdamW(p, lr=0.01))
optimizer_case('adamw_amsgrad', lambda p: torch.optim.AdamW(p, lr=0.01, amsgrad=True, weight_decay=0.05))
optimizer_case('rmsprop', lambda p: torch.optim.RMSprop(p, lr=0.01))
optimizer_case('rmsprop_momentum', lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9))
optimizer_case('rmsprop_centered', lambda p: torch.optim.RMSprop(p, lr=0.01, centered=True, momentum=0.5))
optimizer_case('rmsprop_weight_decay', lambda p: torch.optim.RMSprop(p, lr=0.01, weight_decay=0.1))


def run(name, shape, dtype, fn, seed):
    x = Inputs(seed, dtype)
    out = fn(shape, x)
    if isinstance(out, list):  # optimizer steps
        return ' | '.join(bits(t) for t in out)
    parts = [bits(out)]
    if out.requires_grad:
        out.backward(x(out.shape, grad=False))
        parts += [bits(t.grad) if t.grad is not None else 'None' for t in x.leaves]
    return ' | '.join(parts)


seed = 0
for name, shapes, fn in CASES:
    for dtype in DTYPES:
        for shape in shapes:
            seed += 1
            if not name.startswith(ONLY):
                continue
            label = f'{name} {str(dtype)[6:]} {list(shape)}'
            try:
                print(label, '=', run(name, shape, dtype, fn, seed))
            except Exception as e:  # noqa: BLE001 - an op we lack is reported, not fatal
                print(label, '!', type(e).__name__, str(e).splitlines()[0] if str(e) else '')
