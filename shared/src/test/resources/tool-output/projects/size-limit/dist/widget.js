// The widget's bundle, as a build would leave it: it has outgrown the limit in package.json.
export function formatPrice(cents, currency) {
  const units = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, "0");
  return `${currency} ${units}.${rest}`;
}

export function renderCart(element, items) {
  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  element.innerHTML = items
    .map((item) => `<li>${item.name} × ${item.quantity}: ${formatPrice(item.price, "EUR")}</li>`)
    .join("");
  element.dataset.total = formatPrice(total, "EUR");
  return element;
}
