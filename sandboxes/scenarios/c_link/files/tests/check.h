/* A minimal check harness: each failed CHECK prints where and what, main() prints the totals. */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>

static int checks_passed, checks_failed;

#define CHECK(expr)                                                        \
    do {                                                                   \
        if (expr) {                                                        \
            checks_passed++;                                               \
        } else {                                                           \
            checks_failed++;                                               \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #expr);         \
        }                                                                  \
    } while (0)

static inline int near(double got, double want)
{
    double diff = got - want;
    return diff < 1e-6 && diff > -1e-6;
}

static inline int check_summary(void)
{
    if (checks_failed == 0) {
        printf("all %d checks passed\n", checks_passed);
        return 0;
    }
    printf("%d passed, %d failed\n", checks_passed, checks_failed);
    return 1;
}

#endif
