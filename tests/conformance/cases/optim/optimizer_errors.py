import torch
import torch.optim as optim

w = torch.tensor([0.0, 0.0], requires_grad=True)
for make in [lambda: optim.SGD([w]), lambda: optim.SGD([], lr=0.1), lambda: optim.SGD(w, lr=0.1),
             lambda: optim.SGD([w * 2], lr=0.1), lambda: optim.SGD([w], lr=-1),
             lambda: optim.Adam([w], betas=(1.0, 0.9)), lambda: optim.Adam([w], eps=-1),
             lambda: optim.SGD({w}, lr=0.1), lambda: optim.SGD([w, 3], lr=0.1)]:
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
