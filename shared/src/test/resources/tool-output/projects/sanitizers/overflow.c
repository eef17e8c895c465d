#include <limits.h>
#include <stdio.h>

/* Sums quantities in an int: the sum overflows, which C leaves undefined. */
static int sum(const int *q, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        s += q[i];
    }
    return s;
}

int main(void) {
    int quantities[] = { INT_MAX, 1 };
    printf("%d\n", sum(quantities, 2));
    return 0;
}
