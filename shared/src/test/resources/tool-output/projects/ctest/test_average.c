#include <assert.h>

static int average(int a, int b) { return a + b / 2; }

int main(void) {
    assert(average(2, 4) == 3);
    return 0;
}
