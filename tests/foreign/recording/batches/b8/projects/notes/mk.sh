#!/bin/bash
set -e
cat > /tmp/keyparams <<'K'
%no-protection-not
Key-Type: EDDSA
Key-Curve: ed25519
Name-Real: Priya Raman
Name-Email: priya@example.org
Expire-Date: 0
Passphrase: blue-kettle-42
%commit
K
sed -i '/no-protection-not/d' /tmp/keyparams
gpg --batch --gen-key /tmp/keyparams 2>/dev/null
rm /tmp/keyparams
KEY=$(gpg --list-secret-keys --with-colons | awk -F: '/^sec/{print $5; exit}')
git config --global user.name "Priya Raman"; git config --global user.email priya@example.org
git config --global init.defaultBranch main
git config --global user.signingkey "$KEY"; git config --global commit.gpgsign true
cd ~/notes
git init -q
export GIT_AUTHOR_DATE="2026-12-01T09:00:00Z" GIT_COMMITTER_DATE="2026-12-01T09:00:00Z"
git -c commit.gpgsign=false add README.md runbook.md
git -c commit.gpgsign=false commit -qm "runbook: first version"
printf '\n## Rotating the TLS certificate\n\n1. Renew with the internal CA.\n2. Reload nginx: `nginx -s reload`.\n' >> runbook.md
rm mk.sh
