double circle_area(double r);
double rect_area(double w, double h);
