#include <stdio.h>
#include <string.h>
#include "tomlite.h"

static int count(const char *path, int tables) {
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char *p = line + strspn(line, " \t");
        if (*p == '#' || *p == '\n' || *p == '\0') continue;
        if (tables ? *p == '[' : (*p != '[' && strchr(p, '=') != NULL)) n++;
    }
    fclose(f);
    return n;
}

int toml_count_keys(const char *path) { return count(path, 0); }
#ifdef TOMLITE_TABLES
int toml_count_tables(const char *path) { return count(path, 1); }
#endif
