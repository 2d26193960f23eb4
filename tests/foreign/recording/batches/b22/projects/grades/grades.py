from gradefmt import fmt

scores = {"Ana": 91.5, "Ben": 78.25, "Chloe": 84.0}
for name, score in scores.items():
    print(f"{name:<8}{fmt(score)}")
print(f"{'mean':<8}{fmt(sum(scores.values()) / len(scores))}")
