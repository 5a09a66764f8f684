# bfloat16 mm and its gradients, bit for bit. PyTorch 1.13 on this CPU sends a product of more
# than 16·16·16 multiply-adds to oneDNN (float32 sums, rounded once); a smaller one takes its own
# gemm, which rounds every product and partial sum to bfloat16 unless a is row-major and b
# column-major (then float32 dot products). mm's backward multiplies G·Bᵀ and Aᵀ·G, so dA and
# dB are formed differently.
import torch

torch.manual_seed(0)


def bits(t):
    return t.view(torch.int16).tolist()


for m, k, n in [(1, 1, 1), (2, 3, 2), (4, 7, 5), (8, 8, 8), (3, 17, 6), (16, 16, 16), (16, 16, 17), (5, 33, 30),
                (20, 40, 20)]:
    a = torch.randn(m, k).bfloat16().requires_grad_()
    b = torch.randn(k, n).bfloat16().requires_grad_()
    g = torch.randn(m, n).bfloat16()
    y = torch.mm(a, b)
    y.backward(g)
    print((m, k, n), y.grad_fn.name(), bits(y))
    print("  dA", a.grad.dtype, bits(a.grad))
    print("  dB", b.grad.dtype, bits(b.grad))
    at, bt = a.detach().t().contiguous().t(), b.detach().t().contiguous().t()
    for label, x, w in [("a bT", a.detach(), bt), ("aT b", at, b.detach()), ("aT bT", at, bt)]:
        print("  ", label, bits(torch.mm(x, w)) if m * k * n <= 8192 else bits(torch.mm(x, w)[:2]))

x = torch.tensor([[0.5, -1.25, 2.0], [3.0, 0.125, -0.5]], dtype=torch.bfloat16, requires_grad=True)
w = torch.tensor([[1.5, 0.25], [-0.75, 2.5], [0.3, -1.1]], dtype=torch.bfloat16, requires_grad=True)
out = x @ w
out.sum().backward()
print(out, x.grad, w.grad, sep="\n")
