from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>microblog</h1><p>Hello, Miguel's students!</p>"
