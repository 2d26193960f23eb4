#include "sensor.h"

std::vector<Reading> read_all()
{
    // fixed samples until the I2C driver lands
    return {{0, 21.4}, {1, 22.9}, {2, 19.8}};
}
