#include <stdio.h>
void led_on(int pin);
void uart_send(const char *s);
int main(void) {
    led_on(13);
    uart_send("boot ok");
    return 0;
}
