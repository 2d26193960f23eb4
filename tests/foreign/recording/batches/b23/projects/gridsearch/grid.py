import numpy as np

dimension = 3
tot_length = 3000
list_no = range(1, tot_length)
arr = np.meshgrid(*[list_no for _ in range(dimension)])
points = np.stack([a.ravel() for a in arr], axis=1)
print(points.shape, points.dtype)
print("sum of first 5 points:", points[:5].sum(axis=1))
