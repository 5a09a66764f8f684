import torch

x = torch.arange(12.0).reshape(3, 4)
out = torch.empty(3, 4)
result = torch.add(x, 1, out=out)
print(result is out, out)
torch.mul(x, x, out=out)
print(out, torch.sum(x, 1, out=torch.empty(3)), torch.exp(torch.zeros(2), out=torch.empty(2)))
grown = torch.empty(0)
torch.matmul(x, torch.ones(4, 2), out=grown)
print(grown, grown.shape)
ints = torch.zeros(3, dtype=torch.int64)
torch.add(torch.tensor([1, 2, 3]), 1, out=ints)
print(ints)
doubles = torch.zeros(2, dtype=torch.float64)
print(torch.sqrt(torch.tensor([4.0, 9.0]), out=doubles), doubles.dtype)
print(torch.sort(torch.tensor([2.0, 1.0]), out=(torch.empty(2), torch.empty(2, dtype=torch.long))))
print(torch.max(x, 1, out=(torch.empty(3), torch.empty(3, dtype=torch.long))))
for bad in (lambda: torch.add(torch.ones(3), 1, out=torch.empty(3, dtype=torch.long)),
            lambda: torch.add(torch.ones(3, requires_grad=True), 1, out=torch.empty(3))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
