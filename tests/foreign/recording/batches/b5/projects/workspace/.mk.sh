#!/bin/bash
# builds the two unrelated histories (run once by the session setup, then removed)
set -e
export GIT_AUTHOR_DATE="2026-11-30T10:12:00" GIT_COMMITTER_DATE="2026-11-30T10:12:00"
r=$HOME/remotes/firmware_upload.git
git init -q --bare -b master "$r"
t=$(mktemp -d); cd "$t"; git init -q -b master
printf '# Byte-compiled / optimized / DLL files\n__pycache__/\n*.py[cod]\n\n# Distribution / packaging\nbuild/\ndist/\n*.egg-info/\n\n# Environments\n.venv/\n' > .gitignore
printf 'MIT License\n\nCopyright (c) 2026 ankobot\n' > LICENSE
git add . && git -c user.name=ankobot -c user.email=ankobot@example.com commit -qm "Initial commit"
git push -q "$r" master; cd; rm -rf "$t"
cd ~/workspace/firmware_upload; git init -q -b master
git add upload.py README.md && git commit -qm "initial upload script"
export GIT_AUTHOR_DATE="2026-12-02T16:40:00" GIT_COMMITTER_DATE="2026-12-02T16:40:00"
git add .gitignore && git commit -qm "ignore build output"
git remote add origin "$r"; git fetch -q origin; git branch -q -u origin/master
