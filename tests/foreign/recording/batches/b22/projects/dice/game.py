import random


def roll(times):
    total = 0
    for i in range(times):
        total += random.randint(1, 6)
  return total


print("You rolled " + roll(3))
