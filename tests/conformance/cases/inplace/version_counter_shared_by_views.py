import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 2
c = b.view(3)
d = b ** 2
c.mul_(2)
show(lambda: d.sum().backward())
