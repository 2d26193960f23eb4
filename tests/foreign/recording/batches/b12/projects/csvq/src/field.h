#ifndef FIELD_H
#define FIELD_H
#include <stddef.h>

/* Returns a newly allocated copy of column `col` (0-based) of a CSV line, or NULL. */
char *csv_field(const char *line, int col);

#endif
