#!/bin/bash
# builds ~/srv/fmtlib.git and ~/srv/reportgen.git (with fmtlib as a submodule), then removes itself
set -e
export GIT_AUTHOR_DATE="2026-11-20T10:00:00Z" GIT_COMMITTER_DATE="2026-11-20T10:00:00Z"
git config --global user.name "Dana Kowalski"; git config --global user.email dana@example.org
git config --global init.defaultBranch main
mkdir -p ~/srv ~/tmpb && cd ~/tmpb
git init -q fmtlib && cd fmtlib
cat > fmt.h <<'H'
#ifndef FMT_H
#define FMT_H
void fmt_money(char *out, long cents);
#endif
H
cat > fmt.c <<'C'
#include <stdio.h>
#include "fmt.h"
void fmt_money(char *out, long cents) { sprintf(out, "%ld.%02ld EUR", cents / 100, cents % 100); }
C
git add . && git commit -qm "fmtlib: money formatting"
cd .. && git clone -q --bare fmtlib ~/srv/fmtlib.git
git init -q reportgen && cd reportgen
cat > main.c <<'C'
#include <stdio.h>
#include "vendor/fmtlib/fmt.h"
int main(void) {
    long totals[] = {129900, 4550, 87012};
    char buf[32];
    for (int i = 0; i < 3; i++) { fmt_money(buf, totals[i]); printf("region %d: %s\n", i + 1, buf); }
    return 0;
}
C
printf 'CFLAGS = -Wall -O2\n\nreportgen: main.c vendor/fmtlib/fmt.c\n\t$(CC) $(CFLAGS) -o $@ $^\n\nclean:\n\trm -f reportgen\n' > Makefile
printf '# reportgen\n\nClone with submodules, then `make`.\n' > README.md
git -c protocol.file.allow=always submodule -q add /home/dev/srv/fmtlib.git vendor/fmtlib
git add . && git commit -qm "reportgen: regional totals"
cd .. && git clone -q --bare reportgen ~/srv/reportgen.git
cd ~ && rm -rf ~/tmpb ~/reportgen-src
