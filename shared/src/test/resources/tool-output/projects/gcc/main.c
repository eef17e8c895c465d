#include <stdio.h>

int main(void) {
    int total = count + 1;
    printf("%d\n", total);
    return 0;
}
