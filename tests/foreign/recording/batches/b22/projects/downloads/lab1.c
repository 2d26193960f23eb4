#include <stdio.h>
int main(void) { puts("lab 1"); return 0; }
