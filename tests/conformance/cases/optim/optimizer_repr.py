import torch
import torch.optim as optim

w = torch.tensor([0.0, 0.0], requires_grad=True)
print(optim.SGD([w], lr=0.1, momentum=0.9))
print(optim.Adam([w]))
print(optim.AdamW([w], lr=0.01))
print(optim.RMSprop([w]))
