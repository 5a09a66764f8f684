import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.index_select(1, torch.tensor([2, 0])))
print(torch.index_select(x, 0, torch.tensor([1, 1])))
print(x.index_select(0, torch.tensor(1)))
print(x.index_select(0, torch.tensor([0], dtype=torch.int32)))
try:
    x.index_select(0, torch.tensor([2]))
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.index_select(0, torch.tensor([-1]))
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.index_select(0, torch.tensor([0.0]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.index_select(0, torch.tensor([[0]]))
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.index_select(2, torch.tensor([0]))
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
