#include <stdio.h>
#include <string.h>
#include "../src/greet.h"

int main(void)
{
    char buf[64];
    greet(buf, sizeof buf, "Ada");
    if (strcmp(buf, "Hello, Ada!") != 0) {
        printf("FAIL: got '%s'\n", buf);
        return 1;
    }
    puts("PASS test_greet");
    return 0;
}
