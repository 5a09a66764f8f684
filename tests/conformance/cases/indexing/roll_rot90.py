import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = torch.arange(6.0).reshape(2, 3).requires_grad_()
print(torch.roll(b, 1), torch.roll(b, 1, 0))
print(torch.roll(b, (1, -1), (0, 1)), b.roll(shifts=4, dims=1), b.roll(-7))
print(torch.roll(torch.tensor(3.0), 1), torch.roll(torch.tensor([]), 2))
(torch.roll(b, 1, 1) * torch.arange(6.0).reshape(2, 3)).sum().backward()
print(b.grad)
b.grad = None
print(torch.rot90(b), torch.rot90(b, 2), torch.rot90(b, -1))
print(b.rot90(0), torch.rot90(b, 5, [1, 0]), torch.rot90(b, 1, [0, -1]))
print(torch.rot90(torch.arange(8).reshape(2, 2, 2), 1, [1, 2]))
(torch.rot90(b) * torch.arange(6.0).reshape(3, 2)).sum().backward()
print(b.grad)
show(lambda: torch.roll(b, (1, 2), 0))
show(lambda: torch.roll(b, (1, 2)))
show(lambda: torch.roll(b, 1, 2))
show(lambda: torch.roll(torch.tensor(3.0), 1, 0))
show(lambda: torch.roll(b, [], []))
show(lambda: torch.rot90(b, 1, [0]))
show(lambda: torch.rot90(b, 1, [0, 0]))
show(lambda: torch.rot90(torch.ones(2), 1))
show(lambda: torch.rot90(b, 1, [0, 2]))
show(lambda: torch.rot90(b, 1, [0, 3]))
