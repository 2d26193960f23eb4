#include <stdio.h>
#include "greet.h"

int greet(char *out, size_t n, const char *name)
{
    return snprintf(out, n, "Hello, %s!", name);
}
