# backward(create_graph=True) leaves a .grad that remembers how it was computed: the first
# gradient arrives as a copy (CopyBackwards), a second one is added out of place (AddBackward0).
import warnings

import torch

warnings.simplefilter("ignore")  # the reference-cycle warning goes to stderr
w = torch.tensor(2.0, requires_grad=True)
loss = torch.sin(w) * w ** 2
loss.backward(create_graph=True)
print(w.grad)
gw = w.grad.clone()
w.grad = None
gw.backward()
print(gw, w.grad)

w.grad = None
(w ** 3).backward(create_graph=True)
(w ** 2).backward(create_graph=True)
print(w.grad)

# A retained non-leaf gradient and a leaf whose gradient is a constant.
x = torch.tensor([1.0, 2.0], requires_grad=True)
z = x * x
z.retain_grad()
z.sum().backward(create_graph=True)
print(z.grad, x.grad)
