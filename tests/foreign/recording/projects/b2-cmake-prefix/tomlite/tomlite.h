#ifndef TOMLITE_H
#define TOMLITE_H
int toml_count_keys(const char *path);
int toml_count_tables(const char *path);
#endif
