#include <stdio.h>
void uart_send(const char *s) { printf("uart: %s\n", s); }
