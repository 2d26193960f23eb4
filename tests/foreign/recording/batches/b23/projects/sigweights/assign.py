import numpy as np

signatures = np.loadtxt("signatures.tsv", delimiter="\t", skiprows=1)
weights = np.loadtxt("weights.txt", skiprows=1)
print("signatures", signatures.shape, "weights", weights.shape)
reconstructed = np.dot(signatures, weights)
print("reconstructed profile: %d channels, total %.3f" % (reconstructed.shape[0], reconstructed.sum()))
