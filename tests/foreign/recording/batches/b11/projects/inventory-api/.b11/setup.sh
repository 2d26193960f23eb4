set -e
git config --global user.name "Tomasz Wilk"
git config --global user.email tomasz.wilk@example.com
git config --global init.defaultBranch main
git config --global core.editor vim
mkdir -p ~/remotes && git init -q --bare ~/remotes/inventory-api.git
cd ~/inventory-api
mv .b11 /tmp/b11-setup
git init -q && git add . && git commit -qm "Inventory API pricing helpers"
git remote add origin ~/remotes/inventory-api.git && git push -q -u origin main
git switch -qc feature/decimal-vat
cat > app/pricing.py <<'PY'
"""Price helpers for the inventory API."""
from decimal import Decimal, ROUND_HALF_UP

VAT_RATE = Decimal("0.20")


def with_vat(net):
    gross = Decimal(str(net)) * (1 + VAT_RATE)
    return gross.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
PY
git commit -qam "Use Decimal for VAT so totals round half-up"
cat >> tests/test_pricing.py <<'PY'

    def test_two_decimals(self):
        self.assertEqual(with_vat("9.99").as_tuple().exponent, -2)
PY
git commit -qam "Test that VAT totals keep two decimals"
git push -q -u origin feature/decimal-vat
# a colleague raises the rate on main meanwhile
git clone -q ~/remotes/inventory-api.git /tmp/colleague && cd /tmp/colleague
sed -i 's/VAT_RATE = 0.20/VAT_RATE = 0.21/' app/pricing.py
git -c user.name="Marta Ortiz" -c user.email=marta.ortiz@example.com commit -qam "Raise VAT to 21% for the NL launch"
git push -q origin main
cd / && rm -rf /tmp/colleague /tmp/b11-setup
