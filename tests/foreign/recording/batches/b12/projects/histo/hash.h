#ifndef HASH_H
#define HASH_H
#define NBUCKETS 8
int bucket_of(const char *word);
#endif
