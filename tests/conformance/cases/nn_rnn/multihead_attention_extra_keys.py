# MultiheadAttention's add_bias_kv (a learned extra key and value) and add_zero_attn (a zero one).
import torch
import torch.nn as nn

torch.manual_seed(0)
for kwargs in [{"add_bias_kv": True}, {"add_zero_attn": True}, {"add_bias_kv": True, "add_zero_attn": True}]:
    mha = nn.MultiheadAttention(4, 2, **kwargs)
    print([name for name, _ in mha.named_parameters()])
    x = torch.randn(3, 2, 4)
    mask = torch.tensor([[False, False, True], [False, True, True]])
    out, weights = mha(x, x, x, key_padding_mask=mask, attn_mask=torch.randn(3, 3))
    print(weights.shape)
    print(out.flatten().tolist())
    print(weights.flatten().tolist())
    out.sum().backward()
    if mha.bias_k is not None:
        print(mha.bias_k.grad.flatten().tolist(), mha.bias_v.grad.flatten().tolist())
