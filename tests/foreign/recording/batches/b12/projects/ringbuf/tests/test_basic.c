#include "ringbuf.h"
#include "check.h"

int main(void)
{
    ringbuf rb; int v;
    rb_init(&rb);
    CHECK(rb_pop(&rb, &v) == -1);
    CHECK(rb_push(&rb, 7) == 0);
    CHECK(rb_pop(&rb, &v) == 0 && v == 7);
    puts("basic ok");
    return 0;
}
