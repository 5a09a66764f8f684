import numpy as np

x = np.array([0.0, 30.0, 45.0, 90.0, 123.456, -720.0])
print([v.hex() for v in np.deg2rad(x).tolist()], [v.hex() for v in np.radians(x).tolist()])
print([v.hex() for v in np.rad2deg(np.deg2rad(x)).tolist()], np.degrees(np.pi))
print(np.deg2rad(np.array([90.0], dtype=np.float32)).dtype)
