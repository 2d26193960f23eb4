#include <stdio.h>
#include <stdlib.h>
#include "stats.h"

int main(int argc, char **argv)
{
    double x[64];
    int n = 0;
    for (int i = 1; i < argc && n < 64; i++) x[n++] = atof(argv[i]);
    printf("n=%d mean=%.3f sd=%.3f\n", n, mean(x, n), stddev(x, n));
    return 0;
}
