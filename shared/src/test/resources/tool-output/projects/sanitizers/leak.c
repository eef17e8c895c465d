#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Builds a label and never frees it. */
static char *label(const char *name) {
    char *s = malloc(strlen(name) + 8);
    sprintf(s, "item: %s", name);
    return s;
}

int main(void) {
    char *l = label("invoice");
    puts(l);
    l = NULL;
    return 0;
}
