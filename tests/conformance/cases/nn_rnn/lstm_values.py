# nn.LSTM: outputs, (h_n, c_n) and parameter gradients carry PyTorch's exact bits.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(5, 2, 4, requires_grad=True)
for kwargs in [{}, {"num_layers": 2}, {"bidirectional": True, "num_layers": 2}, {"proj_size": 2}, {"bias": False}]:
    lstm = nn.LSTM(4, 3, **kwargs)
    out, (h, c) = lstm(x)
    print(lstm, out.shape, h.shape, c.shape, out.grad_fn.name(), h.grad_fn.name(), c.grad_fn.name())
    print(out.flatten().tolist())
    print(h.flatten().tolist())
    print(c.flatten().tolist())
    x.grad = None
    (out.sum() + h.sum() + 3 * c.sum()).backward()
    print("x", x.grad.flatten().tolist())
    for name, p in lstm.named_parameters():
        print(name, p.grad.flatten().tolist())

# Given initial states.
lstm = nn.LSTM(4, 3)
h0, c0 = torch.randn(1, 2, 3), torch.randn(1, 2, 3)
out, (h, c) = lstm(x, (h0, c0))
print(out.flatten().tolist())
print(c.flatten().tolist())
