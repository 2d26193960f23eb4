set -e
cd ~/logs
mkdir -p stage/var/log/app
mv raw/app-2026-11-*.log stage/var/log/app/
tar -czf archive-2026-11.tgz -C stage var
rm -rf stage
mv raw/app.log.1 raw/app.log.2 raw/app.log.3 .
gzip -k app.log.2
gzip app.log.3
rmdir raw
