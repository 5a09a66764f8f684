import torch

x = torch.tensor([-1.0, 0.5, 2.0])
x.relu_()
print(x)
x.exp_()
print(x)
x.sqrt_().neg_().abs_()
print(x)
y = torch.tensor([0.25, 4.0])
print(y.log_(), y)
