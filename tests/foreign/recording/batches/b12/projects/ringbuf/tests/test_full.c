#include "ringbuf.h"
#include "check.h"

int main(void)
{
    ringbuf rb;
    rb_init(&rb);
    for (int i = 0; i < RB_CAP; i++)
        CHECK(rb_push(&rb, i) == 0);
    CHECK(rb_push(&rb, 99) == -1);
    puts("full ok");
    return 0;
}
