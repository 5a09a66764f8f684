import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
for dims in [(0,), (0, 0), (0, 2), (1, 0, 2)]:
    try:
        x.permute(*dims)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
