#ifndef UTIL_H
#define UTIL_H

size_t count_words(const char *text);

#endif
