#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

int main(void) {
    struct node *head = NULL;
    for (int i = 1; i <= 5; i++) {
        struct node *n = malloc(sizeof *n);
        n->value = i * i;
        n->next = head;
        head = n;
    }
    for (struct node *p = head; p; p = p->next)
        printf("%d ", p->value);
    printf("\n");
    return 0;
}
