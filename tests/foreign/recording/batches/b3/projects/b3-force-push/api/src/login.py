from src.auth import check_password

MAX_ATTEMPS = 5


def login(users: dict, name: str, password: str, attempts: dict) -> bool:
    if attempts.get(name, 0) >= MAX_ATTEMPS:
        raise PermissionError(f"{name}: too many attempts")
    ok = name in users and check_password(password, users[name])
    attempts[name] = 0 if ok else attempts.get(name, 0) + 1
    return ok
