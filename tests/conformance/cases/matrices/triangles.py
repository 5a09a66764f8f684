import torch

print(torch.tril(torch.ones(3, 3)), torch.triu(torch.arange(9.).reshape(3, 3), diagonal=1))
m = torch.arange(12).reshape(3, 4)
print(m.tril(-1), m.triu(2), torch.tril(torch.ones(2, 2, 3), diagonal=1))
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
t = x.triu()
t.sum().backward()
print(t.grad_fn.name(), x.grad)
try:
    torch.tril(torch.ones(3))
except IndexError as e:
    print("IndexError:", e)
