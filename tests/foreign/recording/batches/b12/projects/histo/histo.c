#include "hash.h"
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    FILE *f = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    int counts[NBUCKETS] = {0};
    char word[128];
    while (fscanf(f, "%127s", word) == 1)
        counts[bucket_of(word)]++;
    for (int i = 0; i < NBUCKETS; i++) {
        printf("bucket %d %4d ", i, counts[i]);
        for (int j = 0; j < counts[i]; j++)
            putchar('#');
        putchar('\n');
    }
    return 0;
}
