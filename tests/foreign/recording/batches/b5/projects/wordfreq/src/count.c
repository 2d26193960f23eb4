#include "count.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int by_count(const void *a, const void *b) {
    const struct entry *x = a, *y = b;
    if (x->n != y->n) return y->n - x->n;
    return strcmp(x->word, y->word);
}

size_t count_words(const char *text, struct entry *out, size_t max) {
    size_t used = 0;
    char word[64];
    while (*text) {
        size_t len = 0;
        while (*text && !isalpha((unsigned char)*text)) text++;
        while (*text && isalpha((unsigned char)*text) && len < sizeof word - 1)
            word[len++] = (char)tolower((unsigned char)*text++);
        while (*text && isalpha((unsigned char)*text)) text++;
        if (len == 0) continue;
        word[len] = '\0';
        size_t i;
        for (i = 0; i < used && strcmp(out[i].word, word) != 0; i++) {}
        if (i < used) { out[i].n++; continue; }
        if (used == max) continue;
        strcpy(out[used].word, word);
        out[used++].n = 1;
    }
    return used;
}

void sort_entries(struct entry *e, size_t n) { qsort(e, n, sizeof *e, by_count); }
