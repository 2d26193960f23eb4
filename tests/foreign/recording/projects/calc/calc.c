#include <stdio.h>
#include <stdlib.h>
#include "stats.h"

int main(int argc, char **argv) {
    double values[16];
    int count = 0;
    for (int i = 1; i < argc && count < 16; i++)
        values[count++] = atof(argv[i])
    printf("mean: %.2f\n", mean(values, count));
    return 0;
}
