#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* csvstat: per-column count and mean of a numeric CSV */
int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: csvstat FILE\n"); return 2; }
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    char line[512];
    double sum[16] = {0};
    int ncols = 0, rows = 0;
    char *header = NULL;
    while (fgets(line, sizeof line, f)) {
        if (!header) { header = strdup(line); continue; }
        char *copy = strdup(line);
        int col = 0;
        for (char *tok = strtok(copy, ",\n"); tok && col < 16; tok = strtok(NULL, ",\n"), col++)
            sum[col] += atof(tok);
        if (col > ncols) ncols = col;
        rows++;
    }
    fclose(f);
    char *name = strtok(header, ",\n");
    for (int c = 0; c < ncols; c++, name = strtok(NULL, ",\n"))
        printf("%-10s n=%d mean=%.2f\n", name ? name : "?", rows, rows ? sum[c] / rows : 0.0);
    free(header);
    return 0;
}
