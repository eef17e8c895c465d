#include <stdlib.h>

int parse(const char *text)
{
    int value = atoi(text);
    if (value < 0)
        return 0;
    return value;
}
