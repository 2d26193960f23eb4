"""Find duplicate photos in a folder by content hash."""
import hashlib
import os
import sys


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha1(handle.read()).hexdigest()


def main(folder):
    paths = [os.path.join(folder, name) for name in sorted(os.listdir(folder))]
    handles = [open(path, "rb") for path in paths]  # fail early if any file is unreadable
    groups = {}
    for path in paths:
        groups.setdefault(digest(path), []).append(path)
    dupes = [names for names in groups.values() if len(names) > 1]
    for names in dupes:
        print("duplicate:", " ".join(names))
    print(f"{len(paths)} files, {len(dupes)} duplicate groups")


if __name__ == "__main__":
    main(sys.argv[1])
