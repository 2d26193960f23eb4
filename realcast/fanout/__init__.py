"""Fan `realcast record` out over many machines on an existing engine, without a scheduler of realcast's own.

Every way works the same: N runs of `realcast record ... --shard I/N`, each into a sessions folder of its own,
then `realcast merge` of those folders into one. Two engines are wired up here:

- Kubernetes: an Indexed Job (k8s/record-job.yaml), one pod per shard, the completion index as I, and a merge
  Job (k8s/merge-job.yaml) on the same volume.
- Ray: `python -m realcast.fanout.ray_record --shards N --out DIR -- <record options>`, one task per shard.

See README.md beside this file.
"""
from __future__ import annotations

from pathlib import Path

K8S_DIR = Path(__file__).parent / "k8s"  # in the source tree (apply them from a checkout); not in the wheel
