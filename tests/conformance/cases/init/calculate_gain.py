import torch.nn as nn

for name in ["linear", "conv2d", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]:
    print(name, nn.init.calculate_gain(name))
print(nn.init.calculate_gain("leaky_relu", 0.2))
print(nn.init.calculate_gain("leaky_relu", 1))
for bad in [("leaky_relu", "x"), ("softsign", None)]:
    try:
        nn.init.calculate_gain(*bad)
    except ValueError as e:
        print("ValueError:", e)
