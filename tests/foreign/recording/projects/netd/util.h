#ifndef UTIL_H
#define UTIL_H
int parse_port(const char *text);
#endif
