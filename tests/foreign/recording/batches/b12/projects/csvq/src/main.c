#include "field.h"
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s FILE COLUMN\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    int col = atoi(argv[2]);
    char line[1024];
    int rows = 0;
    while (fgets(line, sizeof line, f)) {
        char *value = csv_field(line, col);
        if (value) {
            printf("%s\n", value);
            free(value);
        }
        rows++;
    }
    fclose(f);
    fprintf(stderr, "%d rows\n", rows);
    return 0;
}
