print("tool 1.4.0")
