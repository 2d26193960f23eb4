#ifndef NETQ_STATS_H
#define NETQ_STATS_H
#include <stddef.h>
double mean(const double *xs, size_t n);
double stddev(const double *xs, size_t n);
#endif
