#ifndef RING_H
#define RING_H
#include <stddef.h>

struct ring { int buf[8]; size_t head, tail, count; };

void ring_init(struct ring *r);
int ring_push(struct ring *r, int v);
int ring_pop(struct ring *r, int *out);
#endif
