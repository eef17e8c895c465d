/* Calls a function that no file defines, so linking fails. */
int checkout_total(int items);

int main(void) {
  return checkout_total(3) > 0 ? 0 : 1;
}
