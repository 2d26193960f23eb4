#include "config.h"
#include "pack.h"
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    int dry_run = 0;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--version") == 0) {
            printf("packlog %s (compression: %s)\n", PACKLOG_VERSION, pack_backend());
            return 0;
        }
        if (strcmp(argv[i], "--dry-run") == 0) {
            dry_run = 1;
            continue;
        }
        size_t in = 0, out = 0;
        if (pack_file(argv[i], dry_run, &in, &out) != 0) {
            status = 1;
            continue;
        }
        printf("%-24s %8zu -> %8zu bytes\n", argv[i], in, out);
    }
    return status;
}
