def hello(name="world"):
    return f"hello, {name}!"
