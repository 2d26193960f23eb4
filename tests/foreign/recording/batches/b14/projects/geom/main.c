#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "area.h"
int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "circle") == 0) { printf("%.2f\n", circle_area(atof(argv[2]))); return 0; }
    if (argc == 4 && strcmp(argv[1], "rect") == 0) { printf("%.2f\n", rect_area(atof(argv[2]), atof(argv[3]))); return 0; }
    fprintf(stderr, "usage: geomcli circle R | rect W H\n");
    return 2;
}
