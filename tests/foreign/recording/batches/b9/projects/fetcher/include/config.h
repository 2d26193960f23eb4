#ifndef CONFIG_H
#define CONFIG_H
#define USER_AGENT "fetcher/0.4"
#define DEFAULT_URL "https://status.example.com/health"
#endif
