#ifndef GPX_H
#define GPX_H
const char *opt_value(int argc, char **argv, const char *flag);
double magnitude(double x, double y, double z);
long mm_to_steps(double mm, double steps_per_mm);
#endif
