#include <stdio.h>

/* Looks a price up in a table that was never loaded: a null pointer read. */
struct table { int *prices; };

static int price(const struct table *t, int i) {
    return t->prices[i];
}

int main(void) {
    struct table empty = { 0 };
    printf("%d\n", price(&empty, 3));
    return 0;
}
