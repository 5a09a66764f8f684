# nn.RNN (tanh and relu): outputs, final states and parameter gradients carry PyTorch's exact bits.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 3, 5)
for kwargs in [{}, {"nonlinearity": "relu"}, {"num_layers": 2}, {"bidirectional": True}, {"bias": False}]:
    rnn = nn.RNN(5, 6, **kwargs)
    h0 = torch.randn(rnn.num_layers * (2 if rnn.bidirectional else 1), 3, 6)
    out, h = rnn(x, h0)
    print(rnn, out.shape, h.shape, out.grad_fn.name(), h.grad_fn.name())
    print(out.flatten().tolist())
    print(h.flatten().tolist())
    (out.sum() + 2 * h.sum()).backward()
    for name, p in rnn.named_parameters():
        print(name, p.grad.flatten().tolist())
