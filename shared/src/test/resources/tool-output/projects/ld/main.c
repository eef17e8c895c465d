int compute(int value);

int main(void) {
    return compute(41);
}
