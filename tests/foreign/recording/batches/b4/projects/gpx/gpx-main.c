#include <stdio.h>
#include <stdlib.h>
#include "gpx.h"

int main(int argc, char **argv)
{
    const char *x = opt_value(argc, argv, "-x");
    const char *y = opt_value(argc, argv, "-y");
    double dx = x ? atof(x) : 10.0, dy = y ? atof(y) : 0.0;
    double len = magnitude(dx, dy, 0.0);
    printf("move %.2f mm -> %ld steps\n", len, mm_to_steps(len, 94.14));
    return 0;
}
