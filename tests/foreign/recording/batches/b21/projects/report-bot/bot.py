import os
import requests
from dotenv import load_dotenv

load_dotenv()
WEBHOOK = os.environ.get("WEBHOOK_URL", "http://127.0.0.1:9/hook")


def main():
    session = requests.Session()
    print(f"requests {requests.__version__} ready, webhook {WEBHOOK}")
    print("dry run: 3 reports queued, nothing sent")


if __name__ == "__main__":
    main()
