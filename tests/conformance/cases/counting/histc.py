import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


y = torch.tensor([1.0, 2, 1, 2.5, 4, -1])
print(torch.histc(y))
print(torch.histc(y, bins=4, min=0, max=3), y.histc(3), torch.histc(y.double(), bins=5, min=-1, max=4))
print(torch.histc(torch.tensor([2.0, 2]), bins=4), torch.histc(torch.tensor([]), bins=4))
print(torch.histc(torch.tensor([0.1, 0.3, 0.5, 0.7, 0.9, 0.2999999821186066, 0.30000001192092896]), bins=7, min=0.1, max=0.9))
torch.manual_seed(0)
print(torch.histc(torch.rand(1000), bins=7, min=0.1, max=0.9).tolist())
print(torch.histc(torch.randn(1000), bins=13).tolist())
print(torch.histc(torch.randn(500, dtype=torch.float64), bins=9, min=-2, max=2).tolist())
print(torch.histc(torch.tensor([1.0, 2, 3], requires_grad=True), bins=3))
o = torch.empty(3)
print(torch.histc(y, 3, out=o), o)
show(lambda: torch.histc(torch.tensor([1, 2])))
show(lambda: torch.histc(y, bins=0))
show(lambda: torch.histc(y, min=3, max=1))
show(lambda: torch.histc(torch.tensor([float("nan")]), bins=4))
show(lambda: torch.histc(torch.tensor([1.0, float("inf")]), bins=4))
