# nn.GRU: outputs, final states and gradients carry PyTorch's exact bits (b_hn sits inside r * (...)).
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 3, 5, requires_grad=True)
for kwargs in [{}, {"num_layers": 2}, {"bidirectional": True}, {"bias": False}]:
    gru = nn.GRU(5, 4, **kwargs)
    h0 = torch.randn(gru.num_layers * (2 if gru.bidirectional else 1), 3, 4)
    out, h = gru(x, h0)
    print(gru, out.shape, h.shape, out.grad_fn.name(), h.grad_fn.name())
    print(out.flatten().tolist())
    print(h.flatten().tolist())
    x.grad = None
    (out * out).sum().backward()
    print("x", x.grad.flatten().tolist())
    for name, p in gru.named_parameters():
        print(name, p.grad.flatten().tolist())
