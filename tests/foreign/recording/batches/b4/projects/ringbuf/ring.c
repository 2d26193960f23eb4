#include "ring.h"

void ring_init(struct ring *r) { r->head = r->tail = r->count = 0; }

int ring_push(struct ring *r, int v)
{
    if (r->count == 8)
        return -1;
    r->buf[r->tail] = v;
    r->tail = (r->tail + 1) % 8;
    r->count++;
    return 0;
}

int ring_pop(struct ring *r, int *out)
{
    int status;
    if (r->count > 0) {
        *out = r->buf[r->head];
        r->head = (r->head + 1) % 8;
        r->count--;
        status = 0;
    }
    return status;
}
