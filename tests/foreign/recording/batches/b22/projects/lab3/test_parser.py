from parser import parse

assert parse("a, b") == ["a", "b"]
print("ok")
