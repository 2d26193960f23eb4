def rolling_mean(values, window):
    out = []
    for i in range(len(values) - window + 1):
        chunk = values[i:i + window]
        out.append(sum(chunk) / window)
    return out


def rolling_max(values, window):
    return [max(values[i:i + window]) for i in range(len(values) - window + 1)]
