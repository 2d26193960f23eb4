#include "netq/stats.h"
#include <math.h>
#include <stdio.h>

int main(void)
{
    double xs[] = {10, 12, 14};
    int bad = 0;
    if (fabs(mean(xs, 3) - 12.0) > 1e-9) { printf("mean: got %f\n", mean(xs, 3)); bad = 1; }
    if (fabs(stddev(xs, 3) - 2.0) > 1e-9) { printf("stddev: got %f\n", stddev(xs, 3)); bad = 1; }
    puts(bad ? "FAIL" : "ok");
    return bad;
}
