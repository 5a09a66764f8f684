# RNNCell, LSTMCell and GRUCell: one step, batched or unbatched, with exact values and gradients.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(3, 4)
for cell in (nn.RNNCell(4, 5), nn.RNNCell(4, 5, nonlinearity="relu", bias=False), nn.LSTMCell(4, 5),
             nn.GRUCell(4, 5)):
    print(cell)
    out = cell(x)
    hidden = cell(x, out)
    first = hidden[0] if isinstance(hidden, tuple) else hidden
    second = hidden[1] if isinstance(hidden, tuple) else hidden
    print([t.grad_fn.name() for t in (hidden if isinstance(hidden, tuple) else (hidden,))])
    print(first.flatten().tolist())
    (first.sum() + second.sum()).backward()
    for name, p in cell.named_parameters():
        print(name, p.grad.flatten().tolist())
    single = cell(x[0])
    single = single if isinstance(single, tuple) else (single,)
    print([tuple(t.shape) for t in single], single[0].grad_fn.name())
