#include <stdio.h>
#include <ctype.h>

/* mdtool: count words and headings in a markdown file */
int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: mdtool FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    int c, prev = ' ', words = 0, headings = 0, bol = 1;
    while ((c = fgetc(f)) != EOF) {
        if (bol && c == '#')
            headings++;
        if (!isspace(c) && isspace(prev))
            word++;
        bol = (c == '\n');
        prev = c;
    }
    fclose(f);
    printf("%s: %d words, %d headings\n", argv[1], words, headings);
    return 0;
}
