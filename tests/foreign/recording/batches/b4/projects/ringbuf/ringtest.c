#include <stdio.h>
#include "ring.h"

int main(void)
{
    struct ring r;
    int v, failures = 0;
    ring_init(&r);
    for (int i = 1; i <= 8; i++)
        failures += ring_push(&r, i * 10) != 0;
    failures += ring_push(&r, 99) != -1;
    for (int i = 1; i <= 8; i++)
        failures += ring_pop(&r, &v) != 0 || v != i * 10;
    printf("%d passed, %d failed\n", 18 - failures, failures);
    return failures != 0;
}
