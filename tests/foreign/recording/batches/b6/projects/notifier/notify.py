"""Send a short message to every channel listed in config.yaml."""
import argparse
import smtplib
from email.message import EmailMessage

import yaml


def load(path):
    with open(path) as handle:
        return yaml.safe_load(handle)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("message", nargs="?", default="nightly build finished")
    args = parser.parse_args()
    config = load(args.config)
    channels = config["channels"]
    for channel in channels:
        if args.dry_run:
            print(f"would notify {channel['name']} <{channel['email']}>: {args.message}")
            continue
        msg = EmailMessage()
        msg["To"], msg["From"], msg["Subject"] = channel["email"], config["smtp"]["sender"], args.message
        msg.set_content(args.message)
        with smtplib.SMTP(config["smtp"]["host"], config["smtp"]["port"]) as smtp:
            smtp.send_message(msg)
    print(f"{len(channels)} channel(s) notified" + (" (dry run)" if args.dry_run else ""))


if __name__ == "__main__":
    main()
