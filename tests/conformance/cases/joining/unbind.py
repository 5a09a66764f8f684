import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(x.unbind())
print(torch.unbind(x, 1))
print(x.unbind(-1)[0])
try:
    torch.tensor(1.0).unbind()
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
