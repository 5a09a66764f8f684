import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = torch.tensor([[1, 2], [0, 5], [1, 2], [0, 1]])
print(torch.unique(m, dim=0, return_inverse=True, return_counts=True))
print(torch.unique(m, dim=1, return_inverse=True, return_counts=True))
print(torch.unique(m, dim=0, sorted=False), m.unique(dim=-1))
print(torch.unique(m.float().requires_grad_(), dim=0))
print(torch.unique(torch.tensor([[[1, 2], [1, 2]], [[0, 1], [1, 2]]]), dim=1, return_inverse=True, return_counts=True))
print(torch.unique(torch.zeros(0, 2), dim=0, return_inverse=True, return_counts=True))
print(torch.unique_consecutive(m, dim=0, return_inverse=True, return_counts=True))
print(torch.unique_consecutive(torch.tensor([[1, 2], [1, 2], [0, 1], [1, 2]]), dim=0, return_inverse=True, return_counts=True))
print(torch.unique_consecutive(torch.tensor([[1.0, 2], [1, 2]], requires_grad=True), dim=0))
print(torch.unique(torch.tensor([[1.0, float("nan")], [1, float("nan")]]), dim=0, return_counts=True))
show(lambda: torch.unique(m, dim=2))
show(lambda: torch.unique(torch.tensor(3), dim=0))
show(lambda: torch.unique(torch.zeros(2, 0), dim=0))
