#ifndef COUNT_H
#define COUNT_H
#include <stddef.h>

struct entry { char word[64]; int n; };

size_t count_words(const char *text, struct entry *out, size_t max);
void sort_entries(struct entry *e, size_t n);
#endif
