# Reprs, parameter names, shapes and order, and seeded initialisation as in PyTorch.
import torch
import torch.nn as nn

print(nn.LSTM(10, 20, 2))
print(nn.RNN(10, 20, nonlinearity="relu", bias=False, batch_first=True))
print(nn.GRU(10, 20, num_layers=3, dropout=0.25, bidirectional=True))
print(nn.LSTM(10, 20, proj_size=5, num_layers=2))
print(nn.RNNCell(3, 4, nonlinearity="relu"), nn.LSTMCell(3, 4, bias=False), nn.GRUCell(3, 4))
print(nn.Sequential(nn.LSTM(3, 4), nn.Linear(4, 1)))
lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True, proj_size=2)
for name, p in lstm.named_parameters():
    print(name, tuple(p.shape))
print([len(w) for w in lstm.all_weights])
torch.manual_seed(1)
gru = nn.GRU(2, 3)
print(gru.weight_ih_l0)
print(gru.bias_hh_l0)
torch.manual_seed(1)
cell = nn.LSTMCell(2, 2)
print(cell.weight_hh, cell.bias_ih)
print(sorted(nn.RNN(2, 3).state_dict().keys()))
