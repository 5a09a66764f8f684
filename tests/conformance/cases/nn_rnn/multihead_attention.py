# nn.MultiheadAttention: seeded initialisation, outputs, attention weights and gradients, as PyTorch.
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(8, 2)
print(mha)
for name, p in mha.named_parameters():
    print(name, tuple(p.shape))
q = torch.randn(3, 2, 8, requires_grad=True)
out, weights = mha(q, q, q)
print(out.shape, weights.shape, out.grad_fn.name(), weights.grad_fn.name())
print(out.flatten().tolist())
print(weights.flatten().tolist())
(out.sum() + weights.pow(2).sum()).backward()
print(q.grad.flatten().tolist())
for name, p in mha.named_parameters():
    print(name, p.grad.flatten().tolist())

# Cross-attention with other key/value sizes, batch_first, masks, per-head weights.
cross = nn.MultiheadAttention(4, 2, kdim=3, vdim=5, batch_first=True)
print([name for name, _ in cross.named_parameters()])
query, key, value = torch.randn(2, 3, 4), torch.randn(2, 6, 3), torch.randn(2, 6, 5)
causal = torch.arange(6).view(1, 6) > torch.arange(3).view(3, 1)
padding = torch.tensor([[False] * 5 + [True], [False] * 4 + [True] * 2])
out, weights = cross(query, key, value, key_padding_mask=padding, attn_mask=causal, average_attn_weights=False)
print(out.shape, weights.shape)
print(out.flatten().tolist())
print(weights.flatten().tolist())
out, weights = cross(query, key, value, need_weights=False)
print(out.shape, weights)
float_mask = torch.randn(3, 6)
print(cross(query, key, value, attn_mask=float_mask)[1].flatten().tolist())

# Unbatched input, and dropout on the weights while training.
print([t.shape for t in mha(q[:, 0], q[:, 0], q[:, 0])])
torch.manual_seed(3)
dropping = nn.MultiheadAttention(4, 1, dropout=0.5)
x = torch.randn(2, 1, 4)
print(dropping(x, x, x)[1].flatten().tolist())
dropping.eval()
print(dropping(x, x, x)[1].flatten().tolist())
