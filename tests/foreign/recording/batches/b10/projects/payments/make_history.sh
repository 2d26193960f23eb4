set -e
git init -q -b main
mkdir -p src tests
c() { GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2" git commit -qm "$3"; }
cat > src/fees.py <<'PY'
def card_fee(amount_cents):
    return round(amount_cents * 0.029) + 30
PY
cat > tests/test_fees.py <<'PY'
from src.fees import card_fee

def test_card_fee():
    assert card_fee(1000) == 59
PY
printf '# payments\n' > README.md
git add . && c "Ada Okafor" ada@example.dev "fees: card fee 2.9% + 30"
for i in $(seq 1 30); do printf 'RATE_%02d = %d\n' "$i" "$((i * 7))" >> src/rates.py; done
git add . && c "Per Lind" per@example.dev "rates: table of partner rates"
cat >> src/fees.py <<'PY'


def sepa_fee(amount_cents):
    # TODO: cap at 5 EUR once finance confirms
    return 25
PY
git add . && c "Priya Natarajan" priya@example.dev "fees: flat SEPA fee"
git checkout -qb feature/refunds
cat > src/refunds.py <<'PY'
from src.fees import card_fee


def refund_amount(paid_cents, reason):
    """Card fees are not returned for customer-initiated refunds."""
    if reason == "customer":
        return paid_cents - card_fee(paid_cents)
    return paid_cents
PY
cat > tests/test_refunds.py <<'PY'
from src.refunds import refund_amount


def test_customer_refund_keeps_fee():
    assert refund_amount(1000, "customer") == 941


def test_merchant_refund_full():
    assert refund_amount(1000, "merchant") == 1000
PY
git add . && c "Priya Natarajan" priya@example.dev "refunds: keep card fee on customer refunds"
sed -i 's/return 25/return min(25 + amount_cents \/\/ 1000, 500)/' src/fees.py
git add . && c "Priya Natarajan" priya@example.dev "fees: SEPA fee grows with amount, capped"
for i in $(seq 31 60); do printf 'RATE_%02d = %d\n' "$i" "$((i * 7))" >> src/rates.py; done
git add . && c "Per Lind" per@example.dev "rates: add partners 31-60"
git checkout -q main
