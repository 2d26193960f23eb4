import math
import os


def f1(precision, recall):
    if math.isclose(precision + recall, 0.0):
        return 0.0
    return 2 * precision * recall / (precision + recall)


def best(runs, key="f1"):
    return max(runs, key=lambda r: r[key])
