set -e
git config --global user.name "Noor Haddad"
git config --global user.email noor.haddad@example.com
git config --global init.defaultBranch main
cd ~/exporter && mv .b11 /tmp/b11-setup
git init -q && git add invoices.py && git commit -qm "Invoice fixtures"
git switch -qc feature/csv-export
cat > .git/hooks/pre-commit <<'HOOK'
#!/bin/sh
# pre-commit: lint staged Python files and refuse debugging leftovers
files=$(git diff --cached --name-only --diff-filter=ACM -- '*.py')
[ -z "$files" ] && exit 0
echo "pre-commit: flake8 $files"
flake8 --max-line-length=100 $files || { echo "pre-commit: flake8 failed, commit aborted"; exit 1; }
if git diff --cached -U0 -- $files | grep -n '^+.*breakpoint()'; then
    echo "pre-commit: remove breakpoint() before committing"
    exit 1
fi
exit 0
HOOK
chmod +x .git/hooks/pre-commit
rm -rf /tmp/b11-setup
