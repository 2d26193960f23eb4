#include <stddef.h>
typedef struct { int *data; size_t cap, head, len; } ring_t;
int ring_init(ring_t *r, size_t cap);
void ring_push(ring_t *r, int v);
int ring_get(const ring_t *r, size_t i);
void ring_free(ring_t *r);
