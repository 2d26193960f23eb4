import argparse
import json
import math
import os
import random
import time

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=50)
parser.add_argument("--lr", type=float, default=0.05)
args = parser.parse_args()

random.seed(0)
os.makedirs("checkpoints", exist_ok=True)
loss = 2.3
with open("train.log", "a") as log:
    for epoch in range(1, args.epochs + 1):
        for step in range(4):
            time.sleep(0.12)
            loss = loss * (1 - args.lr) + random.uniform(-0.02, 0.02)
        acc = 1 - math.exp(-epoch / 4) * 0.9
        line = f"epoch {epoch:3d}/{args.epochs}  loss={loss:.4f}  val_acc={acc:.3f}"
        print(line, flush=True)
        log.write(line + "\n")
        with open(f"checkpoints/epoch_{epoch:03d}.json", "w") as fh:
            json.dump({"epoch": epoch, "loss": round(loss, 4)}, fh)
print("done: best val_acc=%.3f" % acc)
