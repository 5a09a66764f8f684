import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
model[0].requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
model.requires_grad_()
print([p.requires_grad for p in model.parameters()])
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
