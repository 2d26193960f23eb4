def parse(line):
    return [field.strip() for field in line.split(",")]
