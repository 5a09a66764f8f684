import numpy as np
import torch
try:
    torch.ones(2, requires_grad=True).numpy()
except RuntimeError as e:
    print(e)
print(torch.ones(2, requires_grad=True).detach().numpy().tolist())
