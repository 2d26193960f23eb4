double tri_area(const double *a, const double *b, const double *c);
