#include "hash.h"

/* classic multiplicative string hash */
int bucket_of(const char *word)
{
    int h = 7;
    for (const char *p = word; *p; p++)
        h = h * 31 + *p;
    if (h < 0)
        h = -h;
    return h % NBUCKETS;
}
