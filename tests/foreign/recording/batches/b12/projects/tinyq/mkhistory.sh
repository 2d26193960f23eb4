set -e
g() { GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" git -c user.name="$2" -c user.email="$3" commit -qm "$4" --allow-empty; }
git init -q -b main
git add -A
g "2026-09-20T10:00:00" "Mira Okafor" "mira@example.com" "Initial queue with SQLite storage"
g "2026-10-02T16:30:00" "Mira Okafor" "mira@example.com" "Release 0.4.0"
git tag -a v0.4.0 -m "tinyq 0.4.0"
echo 'def purge(db, older_than_days): ...' > tinyq/purge.py; git add -A
g "2026-10-09T09:12:00" "Tomas Berg" "tomas@example.com" "Add tinyq purge to drop finished jobs"
g "2026-10-15T11:40:00" "Mira Okafor" "mira@example.com" "Fix lost wakeups when two workers poll at once"
echo 'PRAGMA journal_mode=WAL;' > tinyq/schema.sql; git add -A
g "2026-10-21T14:05:00" "Tomas Berg" "tomas@example.com" "Use WAL journal mode"
g "2026-10-30T08:55:00" "Lena Vogt" "lena@example.com" "Docs: explain visibility timeout"
g "2026-11-12T17:20:00" "Mira Okafor" "mira@example.com" "Stats: count jobs per state"
g "2026-11-20T10:02:00" "Lena Vogt" "lena@example.com" "Fix purge deleting running jobs"
