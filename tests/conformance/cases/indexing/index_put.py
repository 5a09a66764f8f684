import torch

x = torch.zeros(5)
x.index_put_((torch.tensor([0, 2]),), torch.tensor([1.0, 2.0]))
print(x)
x.index_put_((torch.tensor([1, 1]),), torch.tensor(3.0), accumulate=True)
print(x)
y = x.index_put((torch.tensor([4]),), torch.tensor(9.0))
print(x, y)
