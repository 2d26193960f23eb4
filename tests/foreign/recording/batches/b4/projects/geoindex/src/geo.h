#pragma once

struct Point { double lat, lon; };
struct BBox { double min_lat, min_lon, max_lat, max_lon; };

// great-circle distance in kilometres
double haversine_km(const Point &a, const Point &b);
BBox bbox_around(const Point &p, double radius_km);
bool contains(const BBox &box, const Point &p);
