#include <stdlib.h>
#include "ring.h"

int ring_init(ring_t *r, size_t cap)
{
    r->data = calloc(cap, sizeof *r->data);
    r->cap = cap; r->head = 0; r->len = 0;
    return r->data ? 0 : -1;
}

void ring_push(ring_t *r, int v)
{
    r->data[(r->head + r->len) % r->cap] = v;
    if (r->len < r->cap) r->len++; else r->head = (r->head + 1) % r->cap;
}

int ring_get(const ring_t *r, size_t i) { return r->data[(r->head + i) % r->cap]; }

void ring_free(ring_t *r) { free(r->data); }
