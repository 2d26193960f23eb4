import json
import sys


def load_hparams(path):
    with open(path) as f:
        return json.load(f)


if __name__ == "__main__":
    hps = load_hparams(sys.argv[1] if len(sys.argv) > 1 else "configs/config.json")
    print(f"resuming from epoch {hps['train']['epoch']} lr={hps['train']['learning_rate']} batch={hps['train']['batch_size']}")
