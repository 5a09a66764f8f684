import torch

torch.manual_seed(0)
x = torch.rand(2, 3)
print(x.uniform_(-2, 2))
print(x.normal_())
print(x.normal_(10, 0.1))
print(x.random_(0, 5))
print(x.random_(3))
print(x.bernoulli_(0.5))
y = torch.randint(0, 10, (4,))
print(y.random_(100, 200))
print(y.random_())
