# batch_first inputs and outputs, unbatched 2-D inputs, and the nodes that produce each output.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 5, 3)
for cls in (nn.RNN, nn.LSTM, nn.GRU):
    first = cls(3, 4, batch_first=True)
    second = cls(3, 4)
    second.load_state_dict(first.state_dict())
    out_first, h_first = first(x)
    out_second, h_second = second(x.transpose(0, 1))
    print(cls.__name__, out_first.shape, out_first.grad_fn.name(), out_first.is_contiguous())
    print(torch.equal(out_first, out_second.transpose(0, 1)))
    single, h_single = second(x[0])
    print(single.shape, single.grad_fn.name(), torch.equal(single, out_second[:, 0]))
    if cls is nn.LSTM:
        print(h_single[0].shape, h_single[1].shape, h_single[0].grad_fn.name())
        given = second(torch.randn(5, 3), (torch.zeros(1, 4), torch.zeros(1, 4)))
        print(given[0].shape)
    else:
        print(h_single.shape, h_single.grad_fn.name())
        print(second(torch.randn(5, 3), torch.zeros(1, 4))[0].shape)
