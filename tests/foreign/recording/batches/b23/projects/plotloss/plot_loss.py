import csv
import matplotlib.pyplot as plt

epochs, train, val = [], [], []
with open("history.csv") as fh:
    for row in csv.DictReader(fh):
        epochs.append(int(row["epoch"]))
        train.append(float(row["loss"]))
        val.append(float(row["val_loss"]))

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(epochs, train, label="train")
ax.plot(epochs, val, label="val")
ax.set_xlabel("epoch")
ax.legend()
fig.show()
