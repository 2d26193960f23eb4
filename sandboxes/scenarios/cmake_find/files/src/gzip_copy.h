#ifndef GZIP_COPY_H
#define GZIP_COPY_H

int gzip_copy(const char *path);

#endif
