import torch

# sort and argsort order float16/bfloat16 by their values (nan last ascending, first descending);
# PyTorch 1.13 has no float16 topk or kthvalue on the CPU.
for dtype in [torch.float16, torch.bfloat16]:
    x = torch.tensor([[3.0, 1.0, 2.0, 1.0, float("nan"), -0.5], [0.1, 0.2, -0.3, 0.1, 7.0, 0.0]]).to(dtype)
    print(torch.sort(x))
    print(torch.sort(x, dim=1, descending=True, stable=True))
    print(torch.argsort(x, dim=0), x.sort(0)[0].dtype)
    for name, f in [("topk", lambda: x.topk(2)), ("kthvalue", lambda: x.kthvalue(2))]:
        try:
            print(name, f())
        except RuntimeError as e:
            print(name, "->", e)

g = torch.tensor([0.5, -1.5, 2.5]).bfloat16().requires_grad_()
values, _ = g.sort(descending=True)
(values * torch.tensor([1.0, 2.0, 3.0]).bfloat16()).sum().backward()
print(values, g.grad)
