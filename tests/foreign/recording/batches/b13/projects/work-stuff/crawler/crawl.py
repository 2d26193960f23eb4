import json
import os


def load_config(path="config.json"):
    with open(path) as f:
        return json.load(f)


def main():
    config = load_config()
    users = config["user_id_list"]
    os.makedirs("out", exist_ok=True)
    print(f"would crawl {len(users)} users since {config['since_date']}, writing {','.join(config['write_mode'])} to out/")


if __name__ == "__main__":
    main()
