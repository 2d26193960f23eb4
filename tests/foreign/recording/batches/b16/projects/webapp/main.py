from settings import TIMEOUT, RETRIES

print(f"timeout={TIMEOUT}s retries={RETRIES}")
