#include <cmath>
#include <cstdio>
#include <cstring>
#include "geo.h"

static int check(bool ok, const char *what)
{
    std::printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
    const char *which = argc > 1 ? argv[1] : "all";
    int failures = 0;
    Point berlin{52.52, 13.405}, paris{48.8566, 2.3522};
    if (!std::strcmp(which, "distance") || !std::strcmp(which, "all"))
        failures += check(std::fabs(haversine_km(berlin, paris) - 877.5) < 1.0, "berlin-paris ~877.5 km");
    if (!std::strcmp(which, "bbox") || !std::strcmp(which, "all")) {
        // 50 km east of Berlin at this latitude is ~0.74 degrees of longitude
        BBox box = bbox_around(berlin, 60.0);
        failures += check(contains(box, Point{52.52, 13.405 + 0.74}), "bbox contains a point 50 km east");
    }
    return failures;
}
