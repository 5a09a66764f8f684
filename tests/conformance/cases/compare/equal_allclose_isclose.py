import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.tensor([1.0, 2.0])
print(torch.equal(a, torch.tensor([1.0, 2.0])), torch.equal(a, torch.tensor([1.0, 2.0, 3.0])))
print(torch.equal(torch.tensor([1, 2]), torch.tensor([1.0, 2.0])))
print(torch.allclose(a, torch.tensor([1.0, 2.000001])), torch.allclose(a, torch.tensor([1.0, 2.1])))
print(torch.allclose(a, torch.tensor([1.0, 2.1]), atol=0.2), a.allclose(a))
print(torch.isclose(a, torch.tensor([1.0, 2.1])), torch.isclose(torch.tensor([float('nan')]), torch.tensor([float('nan')]), equal_nan=True))
show(lambda: torch.isclose(torch.tensor([1, 2]), torch.tensor([1.0, 2.0])))
