import numpy as np
from flask import Flask, jsonify, request

app = Flask(__name__)
W = np.array([0.4, -1.2, 0.7, 0.05])
B = 0.3


@app.get("/health")
def health():
    return jsonify(status="ok", n_features=len(W))


@app.post("/predict")
def predict():
    x = np.array(request.get_json()["features"], dtype=float)
    score = float(x @ W + B)
    return jsonify(score=round(score, 4), label=int(score > 0))


if __name__ == "__main__":
    app.run(port=8500)
