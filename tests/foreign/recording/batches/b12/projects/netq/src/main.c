#include "netq/config.h"
#include "netq/proto.h"
#include "netq/stats.h"
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static double samples[NETQ_MAX_SAMPLES];

static int report(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    static char text[65536];
    size_t len = fread(text, 1, sizeof text - 1, f);
    text[len] = '\0';
    fclose(f);
    size_t n = parse_samples(text, samples, NETQ_MAX_SAMPLES);
    printf("samples: %zu  mean: %.2f ms  stddev: %.2f ms\n", n, mean(samples, n), stddev(samples, n));
    return 0;
}

static int serve(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 8) < 0) {
        perror("netq serve");
        return 1;
    }
    fprintf(stderr, "netq: serving on 127.0.0.1:%d\n", port);
    for (;;) {
        int c = accept(fd, NULL, NULL);
        if (c < 0)
            continue;
        const char *msg = "PONG netq 0.9.0\n";
        write(c, msg, strlen(msg));
        close(c);
    }
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "report") == 0)
        return report(argv[2]);
    if (argc >= 2 && strcmp(argv[1], "serve") == 0)
        return serve(argc >= 3 ? atoi(argv[2]) : NETQ_DEFAULT_PORT);
    fprintf(stderr, "usage: netq report FILE | netq serve [PORT]\n");
    return 2;
}
