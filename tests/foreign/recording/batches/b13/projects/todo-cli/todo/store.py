TASKS = []


def add(title):
    TASKS.append({"title": title, "done": False})
    return len(TASKS)
