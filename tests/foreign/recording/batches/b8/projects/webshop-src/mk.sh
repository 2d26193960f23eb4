#!/bin/bash
set -e
git config --global user.name "Lea Brandt"; git config --global user.email lea@example.org
git config --global init.defaultBranch main
export GIT_AUTHOR_DATE="2026-12-01T09:00:00Z" GIT_COMMITTER_DATE="2026-12-01T09:00:00Z"
mkdir -p ~/srv ~/tmpw && cd ~/tmpw && git init -q webshop && cd webshop
mkdir -p config tests
cat > config/settings.py <<'P'
DEBUG = False
DATABASE_URL = "postgresql:///webshop"
CACHE_TTL = 300
PAYMENT_TIMEOUT = 30
MAX_CART_ITEMS = 50
P
cat > tests/test_settings.py <<'P'
from config import settings


def test_timeout_is_sane():
    assert 5 <= settings.PAYMENT_TIMEOUT <= 120


def test_cart_limit():
    assert settings.MAX_CART_ITEMS > 0
P
touch config/__init__.py tests/__init__.py
git add -A && git commit -qm "settings module"
git clone -q --bare . ~/srv/webshop.git
cd ~ && git clone -q ~/srv/webshop.git webshop
# a colleague raises the timeout and pushes
git clone -q ~/srv/webshop.git ~/tmpw/colleague && cd ~/tmpw/colleague
sed -i 's/^PAYMENT_TIMEOUT = 30$/PAYMENT_TIMEOUT = 45/' config/settings.py
GIT_AUTHOR_NAME="Tomás Ruiz" GIT_AUTHOR_EMAIL=tomas@example.org GIT_AUTHOR_DATE="2026-12-06T16:20:00Z" GIT_COMMITTER_DATE="2026-12-06T16:20:00Z" git commit -qam "Raise payment timeout to 45s for the new PSP"
git push -q origin main
# my uncommitted local edit on the same line
cd ~/webshop && sed -i 's/^PAYMENT_TIMEOUT = 30$/PAYMENT_TIMEOUT = 60/; s/^DEBUG = False$/DEBUG = True/' config/settings.py
rm -rf ~/tmpw ~/webshop-src
