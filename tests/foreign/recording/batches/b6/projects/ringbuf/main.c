#include <stdio.h>
#include <stdlib.h>
#include "ring.h"

int main(int argc, char **argv)
{
    int cap = argc > 1 ? atoi(argv[1]) : 4;
    int unused;
    ring_t r;
    if (ring_init(&r, cap) != 0) return 1;
    for (int i = 1; i <= 10; i++) ring_push(&r, i * i);
    for (int i = 0; i < r.len; i++) printf("%d ", ring_get(&r, i));
    printf("\n");
    ring_free(&r);
    return 0;
}
