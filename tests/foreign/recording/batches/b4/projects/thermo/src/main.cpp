#include <cstdio>
#include <cstring>
#include "sensor.h"
#include "utils.h"

int main(int argc, char **argv)
{
    bool once = argc > 1 && std::strcmp(argv[1], "--once") == 0;
    do {
        for (const auto &r : read_all())
            std::printf("ch%d %.1f C  %.1f F\n", r.channel, r.celsius, to_fahrenheit(r.celsius));
    } while (!once);
    return 0;
}
