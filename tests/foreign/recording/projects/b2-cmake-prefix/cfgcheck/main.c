#include <stdio.h>
#include <tomlite.h>

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "app.toml";
    int keys = toml_count_keys(path);
    int tables = toml_count_tables(path);
    if (keys < 0) {
        fprintf(stderr, "cfgcheck: cannot read %s\n", path);
        return 1;
    }
    printf("%s: %d tables, %d keys\n", path, tables, keys);
    return 0;
}
