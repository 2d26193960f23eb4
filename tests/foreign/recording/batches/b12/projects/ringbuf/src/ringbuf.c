#include "ringbuf.h"

void rb_init(ringbuf *rb)
{
    rb->head = rb->tail = rb->count = 0;
}

int rb_push(ringbuf *rb, int v)
{
    if (rb->count == RB_CAP)
        return -1;
    rb->data[rb->tail] = v;
    rb->tail = (rb->tail + 1) % RB_CAP;
    rb->count++;
    return 0;
}

int rb_pop(ringbuf *rb, int *out)
{
    if (rb->count == 0)
        return -1;
    *out = rb->data[rb->head];
    rb->head = rb->head + 1;
    rb->count--;
    return 0;
}
