# Source: https://github.com/d2l-ai/d2l-zh, chapter_linear-networks/linear-regression-concise.md
#         (Dive into Deep Learning, Chinese edition, "线性回归的简洁实现": linear regression
#         the concise way), the PyTorch tab. Licence: the book's sample code is MIT-0.
# Changed: the notebook cells are joined into one program; each cell's last expression, which
# the notebook displays, is printed (print(repr(...))). d2l.synthetic_data is the book's own
# definition from the section before (linear_regression_scratch.py), d2l.tensor is
# torch.tensor and d2l.reshape a tensor's reshape; the unused numpy import is left out.
# torch.manual_seed(0) added. Comments are translated.
import torch
from torch.utils import data
torch.manual_seed(0)


def synthetic_data(w, b, num_examples):  #@save
    """Generate y = Xw + b + noise."""
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = torch.matmul(X, w) + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))

true_w = torch.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 1000)


def load_array(data_arrays, batch_size, is_train=True):  #@save
    """Construct a PyTorch data iterator."""
    dataset = data.TensorDataset(*data_arrays)
    return data.DataLoader(dataset, batch_size, shuffle=is_train)

batch_size = 10
data_iter = load_array((features, labels), batch_size)

print(repr(next(iter(data_iter))))

# nn is short for neural networks
from torch import nn
net = nn.Sequential(nn.Linear(2, 1))

net[0].weight.data.normal_(0, 0.01)
print(repr(net[0].bias.data.fill_(0)))

loss = nn.MSELoss()

trainer = torch.optim.SGD(net.parameters(), lr=0.03)

num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X) ,y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l:f}')

w = net[0].weight.data
print('w的估计误差：', true_w - w.reshape(true_w.shape))
b = net[0].bias.data
print('b的估计误差：', true_b - b)
