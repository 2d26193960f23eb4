#include <assert.h>
#include <math.h>
#include <stdio.h>
#include "stats.h"

int main(void)
{
    double x[] = {2, 4, 4, 4, 5, 5, 7, 9};
    assert(fabs(mean(x, 8) - 5.0) < 1e-9);
    assert(fabs(stddev(x, 8) - 2.138) < 1e-3);
    puts("all stats tests passed");
    return 0;
}
