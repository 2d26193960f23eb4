#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* split one CSV line into a NULL-terminated array of fields */
static char **split(const char *line, int *count) {
    char **fields = malloc(16 * sizeof *fields);
    char *copy = malloc(strlen(line));
    strcpy(copy, line);
    int n = 0;
    for (char *tok = strtok(copy, ",\n"); tok && n < 15; tok = strtok(NULL, ",\n"))
        fields[n++] = tok;
    fields[n] = NULL;
    *count = n;
    return fields;
}

int main(int argc, char **argv) {
    FILE *f = fopen(argc > 1 ? argv[1] : "data.csv", "r");
    if (!f) { perror("open"); return 1; }
    char buf[512];
    int rows = 0, cells = 0;
    while (fgets(buf, sizeof buf, f)) {
        int n;
        char **fields = split(buf, &n);
        cells += n;
        rows++;
        free(fields);
    }
    fclose(f);
    printf("%d rows, %d cells\n", rows, cells);
    return 0;
}
