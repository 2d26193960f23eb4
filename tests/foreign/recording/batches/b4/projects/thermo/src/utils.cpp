#include "utils.h"

double to_fahrenheit(double c) { return c * 9.0 / 5.0 + 32.0; }
