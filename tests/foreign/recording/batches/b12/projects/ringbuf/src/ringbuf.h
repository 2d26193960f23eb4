#ifndef RINGBUF_H
#define RINGBUF_H
#include <stddef.h>

typedef struct {
    int data[8];
    size_t head, tail, count;
} ringbuf;

void rb_init(ringbuf *rb);
int rb_push(ringbuf *rb, int v);   /* 0 ok, -1 full */
int rb_pop(ringbuf *rb, int *out); /* 0 ok, -1 empty */
#define RB_CAP 8
#endif
