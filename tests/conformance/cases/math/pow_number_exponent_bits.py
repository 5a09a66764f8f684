# tensor ** number for exponents without a shortcut: PyTorch evaluates whole blocks of 16 of a
# dense float32 run with SLEEF's pow and the rest with the C library's, and the two round
# differently now and then, so the bits (not only the printed digits) are compared.
import math
import struct
import torch

torch.manual_seed(0)
x = torch.cat([torch.linspace(-math.pi, math.pi, 2000), torch.randn(1000) * 5, torch.rand(37) * 100])
for p in [4, 5, 1.7, -2.5, 0.3]:
    y = x ** p
    bits = [int.from_bytes(struct.pack('<f', v), 'little') for v in y.tolist()]
    print(p, sum(b * (i + 1) for i, b in enumerate(bits)), [v.hex() for v in y[-21:].tolist()])

# The tail of a run (after its last whole block of 16) and strided elements.
print([v.hex() for v in (torch.linspace(0.5, 3.0, 23) ** 4.5).tolist()])
print([v.hex() for v in (torch.linspace(0.5, 3.0, 64).view(8, 8).t() ** 4.5).flatten().tolist()[:20]])

# Special values keep C's rules: negative bases to integer and fractional powers, zeros,
# infinities, NaN, and overflow to infinity.
s = torch.tensor([-2.0, -0.0, 0.0, float('inf'), -float('inf'), float('nan'), 1.0, -1.0, 3e38, 1e-30,
                  -3.0, 0.5, 2.0, 7.0, 1e-40, 65504.0])
for p in [4.0, 5.0, 2.5, -3.0, -0.5001, 1e-4]:
    print(p, s ** p)
