import torch
import torch.distributions.normal  # noqa: F401

# A name PyTorch does not have raises PyTorch's AttributeError, in every module.
for name in ["torch.linalg.nosuch", "torch.distributions.nosuch", "torch.distributions.normal.nosuch",
             "torch.autograd.nosuch", "torch.utils.nosuch", "torch.nn.modules.loss.nosuch", "torch.nosuch"]:
    try:
        eval(name)
    except AttributeError as e:
        print("AttributeError:", e)
