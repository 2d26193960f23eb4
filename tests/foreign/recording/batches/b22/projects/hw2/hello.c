#include <stdio.h>

int main(void) {
    int unused;
    printf("Hello from hw2!\n");
    return 0;
}
