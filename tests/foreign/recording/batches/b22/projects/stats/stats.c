#include <stdio.h>
#include <stdlib.h>
#include <math.h>

int main(int argc, char *argv[]) {
    int n = argc - 1;
    double sum = 0, sq = 0;
    if (n == 0) {
        fprintf(stderr, "usage: %s numbers...\n", argv[0]);
        return 1;
    }
    for (int i = 1; i <= n; i++) {
        double x = atof(argv[i]);
        sum += x;
        sq += x * x;
    }
    double mean = sum / n;
    printf("mean   %.3f\n", mean)
    printf("stddev %.3f\n", sqrt(sq / n - mean * mean));
    return 0;
}
