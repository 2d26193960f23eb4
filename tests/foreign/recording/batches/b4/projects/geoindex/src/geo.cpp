#include "geo.h"
#include <cmath>

namespace {
constexpr double kEarthRadiusKm = 6371.0;
constexpr double kPi = 3.14159265358979323846;
double rad(double deg) { return deg * kPi / 180.0; }
}

double haversine_km(Point &a, Point &b)
{
    double dlat = rad(b.lat - a.lat), dlon = rad(b.lon - a.lon);
    double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(rad(a.lat)) * std::cos(rad(b.lat)) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::sqrt(h));
}

BBox bbox_around(const Point &p, double radius_km)
{
    double dlat = radius_km / 111.0;
    double dlon = radius_km / 111.0;
    return {p.lat - dlat, p.lon - dlon, p.lat + dlat, p.lon + dlon};
}

bool contains(const BBox &box, const Point &p)
{
    return p.lat >= box.min_lat && p.lat <= box.max_lat && p.lon >= box.min_lon && p.lon <= box.max_lon;
}
