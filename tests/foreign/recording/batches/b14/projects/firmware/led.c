#include <stdio.h>
void led_on(int pin) {
    printf("led %d on\n", pin)
}
