import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = torch.tensor([[True, False], [False, True]])
print(torch.zeros(2, 2).masked_scatter(m, torch.tensor([1.0, 2, 3])))
print(torch.masked_scatter(torch.zeros(2, 2), m, torch.tensor([[5.0, 6], [7, 8]])))
print(torch.zeros(2, 2).masked_scatter(torch.tensor([True, False]), torch.tensor([1.0, 2, 3])))
print(torch.zeros(2).masked_scatter(m, torch.tensor([1.0, 2, 3])))
y = torch.zeros(2, 2)
print(y.masked_scatter_(m, torch.tensor([4.0, 5])), y)
x = torch.zeros(2, 2, requires_grad=True)
s = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = x.masked_scatter(m, s)
print(out)
(out * torch.tensor([[1.0, 2], [3, 4]])).sum().backward()
print(x.grad, s.grad)
show(lambda: torch.zeros(2, 2).masked_scatter(m, torch.tensor([1.0])))
show(lambda: torch.zeros(2, 2).masked_scatter(m, torch.tensor([1, 2])))
