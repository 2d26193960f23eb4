#ifndef GREET_H
#define GREET_H
#include <stddef.h>
int greet(char *out, size_t n, const char *name);
#endif
