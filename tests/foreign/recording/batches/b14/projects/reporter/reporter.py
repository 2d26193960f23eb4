import requests
from flask import Flask

app = Flask(__name__)


@app.get("/status")
def status():
    return {"ok": True, "requests": requests.__version__}


if __name__ == "__main__":
    print("reporter ready, requests", requests.__version__)
