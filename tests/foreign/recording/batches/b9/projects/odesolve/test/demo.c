#include <stdio.h>
#include "ode.h"

static double decay(double t, double y) { (void)t; return -0.5 * y; }

int main(void) {
    double y = ode_euler(decay, 100.0, 0.0, 4.0, 4000);
    printf("y(4) = %.4f (exact 13.5335)\n", y);
    return 0;
}
