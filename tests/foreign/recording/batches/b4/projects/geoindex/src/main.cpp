#include <cstdio>
#include <cstdlib>
#include "geo.h"

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: geoq LAT1 LON1 LAT2 LON2\n");
        return 2;
    }
    Point a{std::atof(argv[1]), std::atof(argv[2])}, b{std::atof(argv[3]), std::atof(argv[4])};
    std::printf("%.1f km\n", haversine_km(a, b));
    return 0;
}
