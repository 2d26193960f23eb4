#!/bin/bash
set -e
git config --global user.name "Jonas Weber"; git config --global user.email jonas@example.org
git config --global init.defaultBranch main
mkdir ~/ledger && cd ~/ledger && git init -q
d() { export GIT_AUTHOR_DATE="2026-11-$1T10:00:00Z" GIT_COMMITTER_DATE="2026-11-$1T10:00:00Z"; }
mkdir ledger tests
cat > ledger/money.py <<'P'
from decimal import Decimal, ROUND_HALF_UP


def to_cents(amount: str) -> int:
    return int((Decimal(amount) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def split(total_cents: int, parts: int) -> list[int]:
    base, rest = divmod(total_cents, parts)
    return [base + 1 if i < rest else base for i in range(parts)]
P
touch ledger/__init__.py tests/__init__.py
cat > tests/test_money.py <<'P'
from ledger.money import split, to_cents


def test_to_cents():
    assert to_cents("10.005") == 1001


def test_split_sums_up():
    assert sum(split(1000, 3)) == 1000
P
d 02; git add -A; git commit -qm "money helpers"
git tag v1.2.0
git branch release/1.2
d 10; printf '\n\ndef fmt(cents: int) -> str:\n    return f"{cents // 100}.{cents %% 100:02d}"\n' >> ledger/money.py; git commit -qam "Add fmt()"
d 14; cat >> tests/test_money.py <<'P'


def test_split_zero_parts():
    import pytest
    with pytest.raises(ValueError):
        split(100, 0)
P
sed -i 's/^    base, rest = divmod(total_cents, parts)$/    if parts <= 0:\n        raise ValueError("parts must be positive")\n    base, rest = divmod(total_cents, parts)/' ledger/money.py
git commit -qam "split: reject zero or negative parts (fixes ZeroDivisionError in reports)"
d 18; printf '# ledger\n\nMoney helpers for the reports.\n' > README.md; git add README.md; git commit -qm "README"
rm -rf ~/ledger-src
