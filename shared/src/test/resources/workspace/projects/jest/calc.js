function add(a, b) {
  return a - b;
}

function parse(text) {
  const n = Number(text);
  if (Number.isNaN(n)) {
    throw new TypeError(`not a number: ${text}`);
  }
  return n;
}

module.exports = { add, parse };
