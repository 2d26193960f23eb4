#!/bin/bash
# builds the repo, its bare remote and a colleague's newer commit (run by the session setup, then removed)
set -e
cd ~/inventory
remote=$HOME/remotes/inventory.git
git init -q --bare -b main "$remote"
w=$(mktemp -d); cp -r .seed/. "$w"/; rm -rf .seed
cd "$w"; git init -q -b main
git add -A; GIT_AUTHOR_DATE=2026-12-01T09:00:00 GIT_COMMITTER_DATE=2026-12-01T09:00:00 git -c user.name="Priya Nair" -c user.email=priya.nair@example.com commit -qm "inventory: stock levels and reorder report"
git push -q "$remote" main
cd ~; rm -rf ~/inventory; git clone -q "$remote" ~/inventory 2>/dev/null
cd "$w"; printf 'E4,drill bits 8mm,4,5\n' >> stock.csv
GIT_AUTHOR_DATE=2026-12-06T17:20:00 GIT_COMMITTER_DATE=2026-12-06T17:20:00 git -c user.name="Priya Nair" -c user.email=priya.nair@example.com commit -qam "stock: add drill bits"
git push -q "$remote" main; cd; rm -rf "$w"
# this checkout belongs to a fresh account: no git identity yet
mv ~/.gitconfig ~/.gitconfig.off && git config --global init.defaultBranch main && git config --global pull.rebase false
