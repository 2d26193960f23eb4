with open("data.txt") as f:
    print(len(f.read()))
