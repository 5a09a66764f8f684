import torch
import torch.nn as nn

model = nn.Linear(2, 1)
print(model.to("cpu") is model, model.cpu() is model)
for move in [lambda: model.cuda(), lambda: model.to("cuda")]:
    try:
        move()
    except AssertionError as e:
        print("AssertionError:", e)
print(model.to(torch.float64).weight.dtype)
print(model.float().bias.dtype)
