"""Training throughput benchmark: tokens/s and peak memory of the real training path on the export.

    python -m train.bench                                  # tiny preset on CPU: 3 runs of 4 steps
    python -m train.bench --config gpt-oss-20b --steps 20 --repeat 1
    python -m train.bench --config tiny gradient_accumulation_steps=1
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile

from train import stack


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="tiny", help="preset or YAML file")
    parser.add_argument("--data", default="data/export", help="export folder")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("overrides", nargs="*", help="KEY=VALUE config overrides")
    args = parser.parse_args(argv)
    stack.prepare()
    from train.config import load_config
    from train.run import train

    runs = []
    for number in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory(prefix="realcast-bench-") as out:
            config = load_config(args.config, [f"data={args.data}", f"output_dir={out}", f"max_steps={args.steps}",
                                               *args.overrides])
            result = train(config, say=lambda _: None)
        runs.append(result)
        print(f"run {number}: {result.steps} steps, {result.tokens_seen} tokens in {result.seconds:.2f} s = "
              f"{result.tokens_per_second:.0f} tokens/s; peak memory {result.peak_memory_mb:.0f} MB "
              f"({result.backend}, max_seq_length {result.max_seq_length})")
    rates = [run.tokens_per_second for run in runs]
    print(f"{args.config}: median {statistics.median(rates):.0f} tokens/s (min {min(rates):.0f}, max {max(rates):.0f}) "
          f"over {len(runs)} runs; peak memory {max(run.peak_memory_mb for run in runs):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
