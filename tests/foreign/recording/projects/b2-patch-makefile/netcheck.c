/* netcheck: report whether the backup host answers on its port within the connect timeout. */
#include <stdio.h>
#include <stdlib.h>

#define BACKUP_HOST "10.0.4.12"
#define BACKUP_PORT 873

/* how long to wait for the TCP handshake */
#define CONNECT_TIMEOUT_MS 2000
#define RETRIES 3

int main(void) {
    printf("target: %s:%d\n", BACKUP_HOST, BACKUP_PORT);
    printf("connect timeout: %d ms, %d retries\n", CONNECT_TIMEOUT_MS, RETRIES);
    return 0;
}
