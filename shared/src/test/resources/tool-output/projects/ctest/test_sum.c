#include <assert.h>

int main(void) {
    assert(2 + 2 == 4);
    return 0;
}
