#include <string.h>
#include "gpx.h"

/* tiny option scanner: returns the value after "-x", or NULL */
const char *opt_value(int argc, char **argv, const char *flag)
{
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], flag) == 0)
            return argv[i + 1];
    return 0;
}
