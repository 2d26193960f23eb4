#include <stdio.h>
#include <string.h>
#include "calc.h"

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: %s FILE.stl\n", argv[0]); return 2; }
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    char word[64];
    double v[3][3], area = 0;
    int k = 0, facets = 0;
    while (fscanf(f, "%63s", word) == 1) {
        if (strcmp(word, "vertex") == 0) {
            if (fscanf(f, "%lf %lf %lf", &v[k][0], &v[k][1], &v[k][2]) != 3) break;
            if (++k == 3) { area += tri_area(v[0], v[1], v[2]); k = 0; facets++; }
        }
    }
    fclose(f);
    printf("%d facets, surface area %.3f\n", facets, area);
    return 0;
}
