#include <stdio.h>

void load_config(void) {
    puts("config loaded");
}
