#ifndef COUNT_H
#define COUNT_H

struct count {
    const char *path;
    long lines, words, bytes;
    int error;
};

/* A pthread start routine: fills in the counts of the file its struct count names. */
void *count_file(void *arg);

#endif
