#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *path = getenv("AGENT_CONF");
    if (path == NULL)
        path = "/etc/agent/agent.conf";
    FILE *conf = fopen(path, "r");
    if (conf == NULL) {
        fprintf(stderr, "agent: cannot read configuration\n");
        return 1;
    }
    char line[256];
    int settings = 0;
    while (fgets(line, sizeof line, conf))
        if (strchr(line, '='))
            settings++;
    fclose(conf);
    printf("agent: %d settings loaded from %s\n", settings, path);
    return 0;
}
