import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = torch.tensor([1, 3, 1, 0])
print(torch.bincount(x), torch.bincount(x, minlength=6), x.bincount(minlength=2))
print(torch.bincount(x, weights=torch.tensor([0.5, 1, 2, 3])))
print(torch.bincount(x, weights=torch.tensor([0.5, 1, 2, 3], dtype=torch.float64)))
print(torch.bincount(x, weights=torch.tensor([1, 2, 3, 4])), torch.bincount(x.int()))
print(torch.bincount(torch.tensor([0, 0, 0]), torch.tensor([0.1, 0.2, 0.3])).tolist())
print(torch.bincount(torch.tensor([1, 2], dtype=torch.uint8), weights=torch.tensor([1, 2], dtype=torch.int32)))
print(torch.bincount(torch.tensor([], dtype=torch.long)), torch.bincount(torch.tensor([], dtype=torch.long), minlength=3))
show(lambda: torch.bincount(torch.tensor([-1])))
show(lambda: torch.bincount(torch.tensor([1.0])))
show(lambda: torch.bincount(torch.tensor([[1]])))
show(lambda: torch.bincount(x, minlength=-1))
show(lambda: torch.bincount(x, weights=torch.tensor([1.0])))
show(lambda: torch.bincount(torch.tensor([True])))
