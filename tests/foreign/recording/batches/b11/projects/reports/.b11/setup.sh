set -e
mkdir -p ~/.local/bin && mv ~/reports/.b11/sales-digest ~/.local/bin/ && chmod +x ~/.local/bin/sales-digest
echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
cd ~/reports
for d in 04 05 06; do : > out/digest-2026-12-$d.txt; echo "2026-12-$d 02:30:01 digest written to out/digest-2026-12-$d.txt" >> logs/nightly.log; done
touch -d 2026-12-04T02:30 out/digest-2026-12-04.txt; touch -d 2026-12-05T02:30 out/digest-2026-12-05.txt; touch -d 2026-12-06T02:30 out/digest-2026-12-06.txt
rm -rf ~/reports/.b11
