#!/bin/sh
# Compare the toolchain pinned in .tool-versions (asdf format) with what this machine has installed.
# A pin matches when its major.minor equals the installed one's; patch releases may differ.
set -u
cd "$(dirname "$0")/.."

installed() {
    case "$1" in
        golang) go env GOVERSION | sed 's/^go//' ;;
        python) python3 -c 'import platform; print(platform.python_version())' ;;
        git) git --version | awk '{print $3}' ;;
        *) echo unknown ;;
    esac
}

minor() {
    echo "$1" | cut -d. -f1-2
}

tools=0
differ=0
while read -r tool pin; do
    case "$tool" in ''|'#'*) continue ;; esac
    tools=$((tools + 1))
    have=$(installed "$tool")
    if [ "$(minor "$have")" = "$(minor "$pin")" ]; then
        echo "$tool: $have installed, matches the pin $pin"
    else
        echo "$tool: $have installed, but .tool-versions pins $pin"
        differ=$((differ + 1))
    fi
done < .tool-versions

if [ "$differ" -gt 0 ]; then
    echo "toolchain check failed: $differ of $tools tools differ from .tool-versions" >&2
    exit 1
fi
echo "all $tools tools match .tool-versions"
