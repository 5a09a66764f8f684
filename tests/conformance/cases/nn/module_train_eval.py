import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.Sequential(nn.Dropout(0.1)))
print(model.training, [m.training for m in model.modules()])
model.eval()
print(model.training, [m.training for m in model.modules()])
print(model.train() is model, model[2][0].training)
model[1].train(False)
print([m.training for m in model.modules()])
try:
    model.train("yes")
except ValueError as e:
    print("ValueError:", e)
