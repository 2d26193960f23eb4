set -e
git config --global user.name "Jonas Berg"
git config --global user.email jonas.berg@example.com
git config --global init.defaultBranch main
src=~/widget
mkdir -p ~/remotes && git init -q --bare ~/remotes/widget.git
cd $src && mv .b11 /tmp/b11-setup
git init -q && git add . && git commit -qm "Widget 1.4.0"
git remote add origin ~/remotes/widget.git && git push -q -u origin main
# CI tagged the release on the server
git tag -a v1.4.0 -m "v1.4.0 (ci)" && git push -q origin v1.4.0
mkdir -p ~/Projects && mv $src "$HOME/Projects/Widget App"
cd "$HOME/Projects/Widget App"
sed -i 's#return f"<widget name={name!r}>"#return f"<widget name={name!r} />"#' widget.py
printf '%s\n' '- Close widget tags (fixes rendering in strict XHTML pages).' >> CHANGELOG.md
git commit -qam "Self-close widget tags"
rm -rf /tmp/b11-setup
