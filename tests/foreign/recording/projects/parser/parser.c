#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *path = argv[1];
    size_t length = strlen(path);
    FILE *file = fopen(path, "r");
    int lines = 0;
    for (int c; file && (c = fgetc(file)) != EOF;)
        lines += c == '\n';
    printf("%s (%zu chars in name): %d lines\n", path, length, lines);
    return 0;
}
