/* Counts lines, words and bytes of each file given, one thread per file; optional extras need
   zlib (--gzip) or OpenSSL (--sha256) and are compiled in only when CMake found them. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "count.h"
#ifdef HAVE_ZLIB
#include "gzip_copy.h"
#endif
#ifdef HAVE_OPENSSL
#include "digest.h"
#endif

static int extra(const char *option, const char *path)
{
#ifdef HAVE_ZLIB
    if (strcmp(option, "--gzip") == 0)
        return gzip_copy(path);
#endif
#ifdef HAVE_OPENSSL
    if (strcmp(option, "--sha256") == 0)
        return print_sha256(path);
#endif
    fprintf(stderr, "%s: not available in this build (see WITH_ZLIB / WITH_OPENSSL)\n", option);
    (void)path;
    return -1;
}

int main(int argc, char **argv)
{
    const char *option = argc > 1 && strncmp(argv[1], "--", 2) == 0 ? argv[1] : NULL;
    int first = option != NULL ? 2 : 1, files = argc - first;
    if (files < 1) {
        fprintf(stderr, "usage: %s [--gzip|--sha256] FILE...\n", argv[0]);
        return 2;
    }
    pthread_t threads[files];
    struct count counts[files];
    for (int i = 0; i < files; i++) {
        counts[i] = (struct count){ .path = argv[first + i] };
        pthread_create(&threads[i], NULL, count_file, &counts[i]);
    }
    int status = 0;
    for (int i = 0; i < files; i++) {
        pthread_join(threads[i], NULL);
        if (counts[i].error != 0) {
            fprintf(stderr, "%s: %s\n", counts[i].path, strerror(counts[i].error));
            status = 1;
            continue;
        }
        printf("%7ld %7ld %7ld %s\n", counts[i].lines, counts[i].words, counts[i].bytes, counts[i].path);
        if (option != NULL && extra(option, counts[i].path) != 0)
            status = 1;
    }
    return status;
}
