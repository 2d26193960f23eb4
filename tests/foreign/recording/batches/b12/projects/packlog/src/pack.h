#ifndef PACK_H
#define PACK_H
#include <stddef.h>
int pack_file(const char *path, int dry_run, size_t *in_bytes, size_t *out_bytes);
const char *pack_backend(void);
#endif
