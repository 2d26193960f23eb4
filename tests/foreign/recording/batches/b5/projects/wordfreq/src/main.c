#include "count.h"
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: wordfreq FILE\n"); return 2; }
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    static char buf[1 << 20];
    size_t len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[len] = '\0';
    static struct entry entries[4096];
    size_t n = count_words(buf, entries, 4096);
    sort_entries(entries, n);
    for (size_t i = 0; i < n; i++) printf("%6d %s\n", entries[i].n, entries[i].word);
    return 0;
}
