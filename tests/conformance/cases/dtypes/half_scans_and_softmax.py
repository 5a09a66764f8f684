import torch

# float16 has no CPU kernel for these in PyTorch 1.13: each names its own.
h = torch.tensor([[0.5, -1.25, 2.0], [3.0, 0.1, -0.7]]).half()
for name, f in [("cumsum", lambda: torch.cumsum(h, 1)), ("cumprod", lambda: torch.cumprod(h, 0)),
                ("softmax", lambda: torch.softmax(h, 1)), ("log_softmax", lambda: torch.log_softmax(h, -1)),
                ("softmax dim 0", lambda: torch.softmax(h, 0)),
                ("cross_entropy", lambda: torch.nn.functional.cross_entropy(h, torch.tensor([0, 2])))]:
    try:
        f()
    except RuntimeError as e:
        print(name, "->", e)

# bfloat16 computes: running sums and products accumulate in float32 and round each output;
# softmax along the last dim rounds once, log_softmax also rounds Σe and its log.
torch.manual_seed(0)
b = (torch.randn(4, 37) * 3).bfloat16()
torch.set_printoptions(precision=10)
print(torch.cumsum(b, 1)[:, -3:])
print(torch.cumprod(b[:, :6], 1))
print(torch.cumsum(b, 0).dtype, torch.cumsum(h, 1, dtype=torch.float32))
print(torch.softmax(b, -1)[:, :5])
print(torch.log_softmax(b, 1)[:, -5:])
print(torch.nn.Softmax(dim=1)(b[:2, :8]))
print(torch.softmax(b, -1).view(torch.int16).sum(), torch.log_softmax(b, -1).view(torch.int16).sum())
print(torch.cumsum(b, 1).view(torch.int16).sum(), torch.cumprod(b, 1).view(torch.int16).sum())
