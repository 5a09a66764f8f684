# nn.EmbeddingBag and F.embedding_bag: sum, mean and max over bags given by offsets or by the
# rows of a 2-D input, include_last_offset, per_sample_weights, padding_idx, empty bags,
# gradients for the table and the weights, reprs and errors.
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
bag = nn.EmbeddingBag(10, 3)
print(bag, bag.weight)
indices = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 4])
print(bag(indices, offsets), bag(indices.view(2, 4)))
for mode in ("sum", "mean", "max"):
    layer = nn.EmbeddingBag(10, 3, mode=mode)
    out = layer(indices, torch.tensor([0, 3, 3, 6]))  # one empty bag
    (out * torch.arange(12.0).view(4, 3)).sum().backward()
    print(mode, out, type(out.grad_fn).__name__, layer.weight.grad)

weights = torch.randn(8, requires_grad=True)
table = torch.randn(10, 3, requires_grad=True)
out = F.embedding_bag(indices, table, offsets, mode="sum", per_sample_weights=weights)
out.sum().backward()
print(out, table.grad, weights.grad)

padded = nn.EmbeddingBag(10, 3, mode="mean", padding_idx=2)
print(padded, padded.weight[2])
out = padded(indices, offsets)
out.sum().backward()
print(out, padded.weight.grad)
print(F.embedding_bag(indices, table, torch.tensor([0, 2, 8]), include_last_offset=True, mode="sum"))
print(nn.EmbeddingBag(5, 2, mode="max", max_norm=1.0), nn.EmbeddingBag(5, 2, mode="sum", include_last_offset=True))

torch.manual_seed(1)
big = torch.randn(50, 16)
many = torch.randint(0, 50, (200,))
starts = torch.arange(0, 200, 7)
print(F.embedding_bag(many, big, starts, mode="mean").sum(0).tolist())
big.requires_grad_()
F.embedding_bag(many, big, starts, mode="mean").pow(2).sum().backward()
print(big.grad.sum(1).tolist())

for f in [lambda: bag(indices), lambda: bag(indices.view(2, 4), offsets),
          lambda: F.embedding_bag(indices, table, offsets, mode="avg"),
          lambda: F.embedding_bag(indices, table, offsets, mode="mean", per_sample_weights=weights),
          lambda: F.embedding_bag(indices, table, offsets, per_sample_weights=torch.ones(3)),
          lambda: F.embedding_bag(indices, table, torch.tensor([1, 4])),
          lambda: F.embedding_bag(torch.tensor([[[1]]]), table),
          lambda: F.embedding_bag(indices.float(), table, offsets)]:
    try:
        f()
    except (RuntimeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
