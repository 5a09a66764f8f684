import torch

x = torch.tensor([[1, 4, 2, 0], [1, 0, 2, 3]])
print(torch.unique(x))
values, inverse, counts = torch.unique(x, return_inverse=True, return_counts=True)
print(values, inverse, counts)
print(x.unique(return_counts=True), torch.unique(x, return_inverse=True)[1].shape)
print(torch.unique(torch.tensor([2.5, -1.0, 2.5])), torch.unique(torch.tensor([True, False, True])))
print(torch.unique(torch.tensor(5)), torch.unique(torch.tensor([]), return_inverse=True, return_counts=True))
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1, 2]), return_inverse=True, return_counts=True))
y = torch.tensor([2.0, 0.0, 2.0], requires_grad=True)
u = torch.unique(y)
print(u)
try:
    u.sum().backward()
except NotImplementedError as e:
    print("NotImplementedError:", e)
