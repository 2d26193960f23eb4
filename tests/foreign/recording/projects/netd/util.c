#include <stdlib.h>
#include "util.h"

int parse_port(const char *text) {
    char *end;
    long port = strtol(text, &end, 10);
    if (*end != '\0' || port < 1 || port > 65535)
        return -1;
    return (int)port;
}
