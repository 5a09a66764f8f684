import torch

def shape(a, b):
    return tuple((torch.ones(*a) @ torch.ones(*b)).shape)
print(shape((5, 2, 3), (3, 4)), shape((5, 2, 3), (3,)), shape((2,), (5, 2, 3)), shape((4, 2), (5, 2, 3)))
print(shape((5, 2, 3), (5, 3, 4)), shape((1, 2, 3), (5, 3, 4)), shape((2, 5, 2, 3), (5, 3, 4)))
print(shape((5, 1, 2, 3), (4, 3, 1)), shape((2, 5, 2, 3), (3, 4)), shape((2, 5, 2, 3), (3,)))
