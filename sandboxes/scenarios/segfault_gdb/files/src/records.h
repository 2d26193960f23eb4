#ifndef RECORDS_H
#define RECORDS_H

struct record {
    char name[32];
    int value;
    struct record *next;
};

struct record *load_records(const char *path, int *count);
struct record *nth_record(struct record *head, int index);
struct record *find_record(struct record *head, const char *name);
struct record *best_record(struct record *head);
int total_value(const struct record *head);
struct record **ranked(struct record *head, int count);
void print_summary(struct record *head, int count);
void free_records(struct record *head);

#endif
