set -e
git config --global user.name "Elif Demir"
git config --global user.email elif.demir@example.com
git config --global init.defaultBranch main
mkdir -p ~/remotes && git init -q --bare ~/remotes/invoicer.git
cat > ~/remotes/invoicer.git/hooks/pre-receive <<'HOOK'
#!/bin/sh
# server-side policy: every new commit on main starts with a ticket key
status=0
while read old new ref; do
    [ "$ref" = "refs/heads/main" ] || continue
    range="$new"; [ "$old" = 0000000000000000000000000000000000000000 ] || range="$old..$new"
    for c in $(git rev-list "$range"); do
        subject=$(git log -1 --format=%s "$c")
        if ! echo "$subject" | grep -Eq '^[A-Z]+-[0-9]+: '; then
            echo "commit $(git rev-parse --short "$c"): \"$subject\""
            echo "  message must start with a ticket key, e.g. \"OPS-123: Fix totals\""
            status=1
        fi
    done
done
exit $status
HOOK
chmod +x ~/remotes/invoicer.git/hooks/pre-receive
cd ~/invoicer && mv .b11 /tmp/b11-setup
git init -q && git add . && git commit -qm "OPS-200: invoicer 0.9.3"
git remote add origin ~/remotes/invoicer.git && git push -q -u origin main
rm -rf /tmp/b11-setup
