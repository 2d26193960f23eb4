#ifndef ODE_H
#define ODE_H
typedef double (*ode_fn)(double t, double y);
double ode_euler(ode_fn f, double y0, double t0, double t1, int steps);
#endif
