set -e
git config --global user.name "Aiko Tanaka"
git config --global user.email aiko.tanaka@example.com
git config --global init.defaultBranch main
mkdir -p ~/remotes && git init -q --bare ~/remotes/docs-portal.git
cd ~/docs-portal && mv .b11 /tmp/b11-setup
git init -q && git add . && git commit -qm "Docs portal 2.7"
git tag -a v2.7.0 -m "Docs portal 2.7.0"
git remote add origin ~/remotes/docs-portal.git && git push -q -u origin main --follow-tags
git clone -q ~/remotes/docs-portal.git /tmp/colleague && cd /tmp/colleague
sed -i 's#  <li><a href="/adr/">Architecture decisions</a></li>#  <li><a href="/adr/">Architecture decisions</a></li>\n  <li><a href="/oncall/">On-call handbook</a></li>#' index.html
git -c user.name="Ruben Costa" -c user.email=ruben.costa@example.com commit -qam "Link the on-call handbook from the index"
git push -q origin main
cd ~/docs-portal && rm -rf /tmp/colleague /tmp/b11-setup
sed -i 's#  <a href="mailto:docs@example.com">Contact</a>#  <a href="mailto:docs@example.com">Contact</a> ·\n  <a href="https://status.example.com/">Status</a>#' footer.html
