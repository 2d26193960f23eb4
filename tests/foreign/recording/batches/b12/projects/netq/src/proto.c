#include "netq/proto.h"
#include <stdio.h>
#include <string.h>

size_t parse_samples(const char *text, double *out, size_t max)
{
    size_t n = 0;
    const char *p = text;
    while (p && *p && n < max) {
        double ms;
        if (sscanf(p, "PING %lf", &ms) == 1)
            out[n++] = ms;
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return n;
}
