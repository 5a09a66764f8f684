# PyTorch's messages for wrong shapes and arguments.
import warnings

import torch
import torch.nn as nn


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


lstm = nn.LSTM(10, 4, 2)
attempt(lambda: lstm(torch.randn(5, 3, 7)))
attempt(lambda: lstm(torch.randn(5, 3, 10), (torch.randn(2, 2, 4), torch.randn(2, 3, 4))))
attempt(lambda: lstm(torch.randn(5, 3, 10), (torch.randn(2, 3, 4), torch.randn(1, 3, 4))))
attempt(lambda: lstm(torch.randn(5, 3, 10), (torch.randn(3, 4), torch.randn(3, 4))))
attempt(lambda: lstm(torch.randn(5, 10), (torch.randn(2, 3, 4), torch.randn(2, 3, 4))))
attempt(lambda: lstm(torch.randn(3, 4, 5, 10)))
attempt(lambda: lstm(torch.randn(0, 3, 10)))
gru = nn.GRU(10, 4)
attempt(lambda: gru(torch.randn(5, 3, 10), torch.randn(2, 3, 4)))
attempt(lambda: gru(torch.randn(5, 3, 10), torch.randn(3, 4)))
attempt(lambda: gru(torch.randn(5, 10), torch.randn(1, 3, 4)))
cell = nn.LSTMCell(10, 4)
attempt(lambda: cell(torch.randn(3, 5)))
attempt(lambda: cell(torch.randn(3, 10), (torch.randn(2, 4), torch.randn(2, 4))))
attempt(lambda: cell(torch.randn(3, 10), (torch.randn(3, 5), torch.randn(3, 4))))
attempt(lambda: cell(torch.randn(2, 3, 10)))
attempt(lambda: nn.GRUCell(10, 4)(torch.randn(3, 10), torch.randn(3, 5)))
attempt(lambda: nn.RNN(3, 4, nonlinearity="sigmoid"))
attempt(lambda: nn.GRU(3, 4, proj_size=2))
attempt(lambda: nn.LSTM(3, 4, proj_size=4))
attempt(lambda: nn.LSTM(3, 4, dropout=2))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.LSTM(3, 4, dropout=0.5)
print([str(w.message) for w in caught])
