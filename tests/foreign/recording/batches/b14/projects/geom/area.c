#include "area.h"
double circle_area(double r) { return 3.14159265358979 * r * r; }
double rect_area(double w, double h) { return w * h; }
