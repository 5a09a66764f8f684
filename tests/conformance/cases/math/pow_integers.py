import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

i = torch.tensor([1, 2, 3])
print(i ** 2, i ** 0, i ** 2.0, i ** 0.5, 2 ** i, 2.5 ** i, i ** i)
print(torch.tensor([2, -1, 1]) ** torch.tensor([-1, -3, -2]))
show(lambda: i ** -1)
print(torch.tensor([True, False]) ** 2)
