/* gzip_copy.c: --gzip writes FILE.gz beside each input (built only WITH_ZLIB). */
#include <stdio.h>
#include <zlib.h>

#include "gzip_copy.h"

int gzip_copy(const char *path)
{
    char target[4096], buffer[8192];
    snprintf(target, sizeof target, "%s.gz", path);
    FILE *in = fopen(path, "rb");
    gzFile out = gzopen(target, "wb9");
    if (in == NULL || out == NULL) {
        if (in != NULL)
            fclose(in);
        return -1;
    }
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, in)) > 0)
        gzwrite(out, buffer, (unsigned)got);
    fclose(in);
    return gzclose(out) == Z_OK ? 0 : -1;
}
