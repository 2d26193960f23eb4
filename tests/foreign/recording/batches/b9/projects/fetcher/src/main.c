#include <stdio.h>
#include "config.h"

int fetch(const char *url);

int main(int argc, char **argv) {
    const char *url = argc > 1 ? argv[1] : DEFAULT_URL;
    printf("%s -> %s\n", USER_AGENT, url);
    return fetch(url) == 0 ? 0 : 1;
}
