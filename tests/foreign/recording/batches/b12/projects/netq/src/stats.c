#include "netq/stats.h"
#include <math.h>

double mean(const double *xs, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += xs[i];
    return n ? s / n : 0;
}

double stddev(const double *xs, size_t n)
{
    if (n < 2)
        return 0;
    double m = mean(xs, n), acc = 0;
    for (size_t i = 0; i < n; i++)
        acc += (xs[i] - m) * (xs[i] - m);
    return sqrt(acc / (n - 1));
}
