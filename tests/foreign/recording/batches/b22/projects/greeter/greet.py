print(open("README.md").read().splitlines()[2])
