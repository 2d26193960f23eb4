#include <stdio.h>
#include "util.h"

int main(int argc, char **argv) {
    int port = parse_port(argc > 1 ? argv[1] : "8080");
    if (port < 0) {
        fprintf(stderr, "netd: bad port\n");
        return 1;
    }
    printf("netd would listen on port %d\n", port);
    return 0;
}
