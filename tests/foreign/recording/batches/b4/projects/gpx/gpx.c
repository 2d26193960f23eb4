#include <math.h>
#include "gpx.h"

double magnitude(double x, double y, double z)
{
    return sqrt(x * x + y * y + z * z);
}

long mm_to_steps(double mm, double steps_per_mm)
{
    return (long)round(mm * steps_per_mm);
}
