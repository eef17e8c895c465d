#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* Copies a name; forgets the room for the terminating zero. */
static char *copy_name(const char *name) {
    char *copy = malloc(strlen(name));
    strcpy(copy, name);
    return copy;
}

int main(void) {
    char *name = copy_name("invoice");
    printf("%s\n", name);
    free(name);
    return 0;
}
