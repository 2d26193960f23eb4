#ifndef DIGEST_H
#define DIGEST_H

int print_sha256(const char *path);

#endif
