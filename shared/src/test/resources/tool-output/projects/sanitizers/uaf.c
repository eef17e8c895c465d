#include <stdio.h>
#include <stdlib.h>

/* Frees a cart and then reads its total. */
struct cart { int total; };

int main(void) {
    struct cart *c = malloc(sizeof *c);
    c->total = 42;
    free(c);
    printf("%d\n", c->total);
    return 0;
}
