import random

faces = ["⚀", "⚁", "⚂", "⚃", "⚄", "⚅"]
roll = random.randint(1, 6)
print("you rolled", roll, faces[roll - 1])
