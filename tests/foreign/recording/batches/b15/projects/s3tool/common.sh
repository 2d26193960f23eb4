# shared helpers for the upload scripts
set -u

log() {
    echo "[$(date +%H:%M:%S)] $*"
}

cleanup() {
    for f in $tmpFiles; do
        rm -f "$f"
    done
}

mktempfile() {
    local f
    f=$(mktemp)
    tmpFiles="${tmpFiles:-} $f"
    echo "$f"
}
