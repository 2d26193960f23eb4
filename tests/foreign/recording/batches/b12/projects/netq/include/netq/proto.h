#ifndef NETQ_PROTO_H
#define NETQ_PROTO_H
#include <stddef.h>
/* parses "PING <ms>" lines, returns number of samples stored */
size_t parse_samples(const char *text, double *out, size_t max);
#endif
