import json

import numpy as np
from sklearn.datasets import make_regression
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import cross_val_score

with open("params.json") as fh:
    params = json.load(fh)
params.pop("model")
X, y = make_regression(n_samples=300, n_features=8, noise=10.0, random_state=1)
scores = cross_val_score(GradientBoostingRegressor(random_state=1, **params), X, y, cv=3)
print("params:", params)
print("cv r2: %.3f +/- %.3f" % (np.mean(scores), np.std(scores)))
