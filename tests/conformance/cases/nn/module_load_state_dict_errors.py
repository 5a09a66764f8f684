import torch
import torch.nn as nn

model = nn.Linear(2, 1)
try:
    model.load_state_dict({"weight": torch.zeros_like(model.weight)})
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    model.load_state_dict({"weight": torch.zeros_like(model.weight), "bias": torch.zeros_like(model.bias),
                           "extra": torch.zeros_like(model.bias)})
except RuntimeError as e:
    print("RuntimeError:", e)
result = model.load_state_dict({"weight": torch.zeros_like(model.weight)}, strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
