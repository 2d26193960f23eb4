#include "ode.h"

double ode_euler(ode_fn f, double y0, double t0, double t1, int steps) {
    double h = (t1 - t0) / steps, y = y0, t = t0;
    for (int i = 0; i < steps; i++) {
        y += h * f(t, y);
        t += h;
    }
    return y;
}
