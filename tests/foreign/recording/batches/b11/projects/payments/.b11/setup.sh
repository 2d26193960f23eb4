set -e
git config --global user.name "Sam Okafor"
git config --global user.email sam.okafor@example.com
git config --global init.defaultBranch main
cd ~/payments && mv .b11 /tmp/b11-setup
git init -q && git add . && git commit -qm "Payments service 2.3"
git branch release/2.3
sed -i 's/return int(amount \* fraction)/return round(amount * fraction)/' refunds.py
git commit -qam "Fix refund rounding for partial refunds"
sed -i 's/log.warning("gateway timeout")/log.warning("gateway timeout request_id=%s", request.get("id"))/' gateway.py
git commit -qam "Log gateway timeouts with the request id"
git switch -q release/2.3
sed -i 's/return int(amount \* fraction)/return round(amount * fraction)/' refunds.py
git -c user.name="Lena Vogt" -c user.email=lena.vogt@example.com commit -qam "Backport: fix refund rounding for partial refunds"
git switch -q main
rm -rf /tmp/b11-setup
