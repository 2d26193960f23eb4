#include <stdio.h>

int main(void) {
    int n, i, x, sum = 0;
    printf("How many numbers? ");
    scanf("%d", n);
    for (i = 0; i < n; i++) {
        scanf("%d", &x);
        sum += x;
    }
    printf("Average: %.2f\n", (double)sum / n);
    return 0;
}
