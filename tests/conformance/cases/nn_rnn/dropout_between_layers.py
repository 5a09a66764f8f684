# dropout between stacked layers draws from the seeded stream while training, and is off in eval.
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, num_layers=3, dropout=0.5)
x = torch.randn(4, 2, 3)
torch.manual_seed(5)
out, _ = lstm(x)
print(out.flatten().tolist())
lstm.eval()
evaluated, _ = lstm(x)
print(evaluated.flatten().tolist())
print(torch.equal(evaluated, lstm(x)[0]))
