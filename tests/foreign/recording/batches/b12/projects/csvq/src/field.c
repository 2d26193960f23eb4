#include "field.h"
#include <stdlib.h>
#include <string.h>

char *csv_field(const char *line, int col)
{
    const char *start = line;
    for (int i = 0; i < col; i++) {
        start = strchr(start, ',');
        if (!start)
            return NULL;
        start++;
    }
    const char *end = strpbrk(start, ",\n");
    size_t len = end ? (size_t)(end - start) : strlen(start);

    char *copy = malloc(len);
    if (!copy)
        return NULL;
    memcpy(copy, start, len);
    copy[len] = '\0';
    return copy;
}
