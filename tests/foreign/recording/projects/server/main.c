#include <stdio.h>

void load_config(void);

int main(void) {
    load_config();
    puts("server up");
    return 0;
}
