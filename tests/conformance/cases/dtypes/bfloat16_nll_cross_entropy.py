# nll_loss and cross_entropy on bfloat16, as PyTorch 1.13 computes them in c10::BFloat16
# arithmetic: each term and every addition of the cascade sum rounded to bfloat16, the mean a
# bfloat16 quotient; the gradient -w·g/Σw rounded per operation.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def bits(t):
    return t.view(torch.int16).tolist()


for n in (1, 7, 40, 300):
    x = (torch.randn(n, 5) * 2).bfloat16()
    t = torch.randint(0, 5, (n,))
    w = torch.rand(5).bfloat16()
    for weight in (None, w):
        for reduction in ("mean", "sum", "none"):
            for f in (F.nll_loss, F.cross_entropy):
                leaf = x.clone().requires_grad_()
                out = f(leaf, t, weight=weight, reduction=reduction)
                out.backward(torch.linspace(-1, 1, out.numel()).reshape(out.shape).bfloat16())
                print(n, weight is not None, reduction, f.__name__, out.dtype, out.grad_fn.name(),
                      bits(out) if n <= 40 or reduction != "none" else bits(out[:40]))
                if n <= 40:
                    print("  grad", bits(leaf.grad))

x = torch.tensor([[1.5, -0.25, 0.75], [0.1, 2.0, -1.0]], dtype=torch.bfloat16, requires_grad=True)
loss = torch.nn.CrossEntropyLoss(ignore_index=2)(x, torch.tensor([0, 2]))
loss.backward()
print(loss, x.grad)
print(torch.nn.NLLLoss()(x.detach(), torch.tensor([1, 0])))
