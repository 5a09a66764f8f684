import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.2, 0.1, 3.0]])
for target in [torch.tensor([0, 1, 2]), torch.tensor([[0], [1]]), torch.tensor([0, 1], dtype=torch.int32),
               torch.tensor([0, -1]), torch.tensor([[0, 1, 0], [1, 0, 0]])]:
    try:
        print(F.cross_entropy(logits, target))
    except (RuntimeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    F.cross_entropy(logits, torch.tensor([0, 1]), weight=torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
