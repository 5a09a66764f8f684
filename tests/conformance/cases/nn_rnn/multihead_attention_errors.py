# nn.MultiheadAttention's checks on its arguments.
import torch
import torch.nn as nn


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: nn.MultiheadAttention(6, 4))
mha = nn.MultiheadAttention(4, 2)
q = torch.randn(3, 2, 4)
attempt(lambda: mha(torch.randn(3, 2, 5), torch.randn(3, 2, 5), torch.randn(3, 2, 5)))
attempt(lambda: mha(q, torch.randn(3, 4), q))
attempt(lambda: mha(q, q, q, attn_mask=torch.zeros(2, 3)))
attempt(lambda: mha(q, q, q, attn_mask=torch.zeros(3, 3, 3)))
attempt(lambda: mha(q, q, q, key_padding_mask=torch.zeros(2, 3, dtype=torch.int64)))
attempt(lambda: mha(q, q, q, key_padding_mask=torch.zeros(2, 4, dtype=torch.bool)))
attempt(lambda: mha(torch.randn(1, 3, 2, 4), q, q))
