#include <stdio.h>
#include <string.h>
#include "count.h"

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        printf("wcx %s\n", VERSION);
        return 0;
    }
    FILE *f = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    struct counts c = count_stream(f);
    printf("%7ld %7ld %7ld\n", c.lines, c.words, c.bytes);
    return 0;
}
