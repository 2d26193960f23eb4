set -e
git init -q -b main
git config user.name "Dana Kim"; git config user.email dana@example.com
git add . && git commit -qm "Initial storefront"
git checkout -qb feature/login
sed -i 's|<header>Storefront</header>|<header>Storefront <a href="/login">Log in</a></header>|' templates/base.html
printf '\n\n@app.get("/login")\ndef login():\n    return render_template("base.html", title="Log in")\n' >> app.py
git commit -qam "Add login link and route"
git checkout -q main
sed -i 's|<header>Storefront</header>|<header>Storefront <nav><a href="/cart">Cart</a></nav></header>|' templates/base.html
git commit -qam "Add cart link to header"
sed -i 's|2026 Storefront|2026 Storefront Ltd|' templates/base.html
git commit -qam "Footer: company name"
