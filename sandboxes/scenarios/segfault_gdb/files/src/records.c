/* records.c: a linked list of named values read from a text file, one "name value" per line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "records.h"

struct record *load_records(const char *path, int *count)
{
    FILE *file = fopen(path, "r");
    struct record *head = NULL, *tail = NULL;
    char line[128];
    *count = 0;
    while (fgets(line, sizeof line, file) != NULL) {
        struct record *item = calloc(1, sizeof *item);
        if (sscanf(line, "%31s %d", item->name, &item->value) != 2) {
            free(item);
            continue;
        }
        if (tail != NULL)
            tail->next = item;
        else
            head = item;
        tail = item;
        *count += 1;
    }
    fclose(file);
    return head;
}

struct record *nth_record(struct record *head, int index)
{
    while (index > 0) {
        head = head->next;
        index--;
    }
    return head;
}

struct record *find_record(struct record *head, const char *name)
{
    for (struct record *item = head; item != NULL; item = item->next)
        if (strcmp(item->name, name) == 0)
            return item;
    return NULL;
}

struct record *best_record(struct record *head)
{
    struct record *best = head;
    for (struct record *item = head->next; item != NULL; item = item->next)
        if (item->value > best->value)
            best = item;
    return best;
}

int total_value(const struct record *head)
{
    int total = 0;
    for (const struct record *item = head; item != NULL; item = item->next)
        total += item->value;
    return total;
}

static int by_value(const void *first, const void *second)
{
    const struct record *left = *(struct record *const *)first;
    const struct record *right = *(struct record *const *)second;
    return right->value - left->value;
}

struct record **ranked(struct record *head, int count)
{
    struct record **order = calloc(count + 1, sizeof *order);
    int index = 0;
    for (struct record *item = head; item != NULL; item = item->next)
        order[index++] = item;
    qsort(order, count, sizeof *order, by_value);
    return order;
}

void print_summary(struct record *head, int count)
{
    struct record *best = best_record(head);
    struct record *last = nth_record(head, count - 1);
    struct record **order = ranked(head, count);
    printf("%d %ss, %d %s in total\n", count, NOUN, total_value(head), UNIT);
    printf("best: %s with %d %s\n", best->name, best->value, UNIT);
    printf("runner-up: %s with %d %s\n", order[1]->name, order[1]->value, UNIT);
    printf("last in file: %s (%d %s)\n", last->name, last->value, UNIT);
    free(order);
}

void free_records(struct record *head)
{
    while (head != NULL) {
        struct record *next = head->next;
        free(head);
        head = next;
    }
}
