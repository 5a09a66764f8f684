# nn.Embedding: initialisation (normal_, padding row zeroed), lookup in any index shape, the
# weight gradient (summed per row, none for padding_idx), from_pretrained, max_norm, errors.
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
emb = nn.Embedding(5, 3)
print(emb, emb.weight)
idx = torch.tensor([[0, 2, 2], [4, 0, 1]])
out = emb(idx)
print(out.shape, out)
out.sum(dim=-1).mul(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])).sum().backward()
print(emb.weight.grad)

padded = nn.Embedding(4, 2, padding_idx=-1)
print(padded, padded.weight)
y = padded(torch.tensor([3, 1, 3, 0]))
y.pow(2).sum().backward()
print(y.grad_fn.name(), padded.weight.grad)

print(nn.Embedding(3, 2, max_norm=1.0, norm_type=1.0, scale_grad_by_freq=True), nn.Embedding(3, 2, padding_idx=0))
pretrained = torch.tensor([[1.0, 2.0], [3.0, 4.0], [0.5, -0.5]])
frozen = nn.Embedding.from_pretrained(pretrained)
print(frozen, frozen.weight.requires_grad, frozen(torch.tensor([2, 0])))
trainable = nn.Embedding.from_pretrained(pretrained, freeze=False, padding_idx=1)
print(trainable, trainable.weight.requires_grad)

w = torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
print(F.embedding(torch.tensor([0, 1, 0]), w, max_norm=2.0), w)  # rows looked up are renormalised in place
print(F.embedding(torch.tensor(1), w), F.embedding(torch.tensor([1], dtype=torch.int32), w))
print(nn.Embedding(2, 3, dtype=torch.float64).weight.dtype)

for f in [lambda: emb(torch.tensor([1.0])), lambda: emb(torch.tensor([5])), lambda: emb(torch.tensor([-1])),
          lambda: F.embedding(torch.tensor([0]), torch.ones(3)), lambda: nn.Embedding(3, 2, padding_idx=3),
          lambda: F.embedding(torch.tensor([0]), w, padding_idx=-4)]:
    try:
        f()
    except (RuntimeError, IndexError, AssertionError) as e:
        print(type(e).__name__ + ":", e)
