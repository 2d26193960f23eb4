import sys
import numpy as np

import torch


def run():
    frame = np.zeros((480, 640, 3), dtype=np.uint8)
    tensor = torch.from_numpy(frame)
    print("frame", tuple(tensor.shape))
