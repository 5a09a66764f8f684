import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = torch.tensor([3.0, 4.5], requires_grad=True)
y = x // 2
print(y)
show(lambda: y.sum().backward())
