import torch

a = torch.tensor([1.0, 2.0, 3.0])
print(torch.eq(a, 2), torch.ne(a, 2), torch.lt(a, 2), torch.le(a, 2), torch.gt(a, 2), torch.ge(a, 2))
print(a.eq(a), a.greater(1), a.less_equal(2), torch.not_equal(a, 1))
