// Compiles .coffee modules for jest, as coffeescript/register does for mocha.
const coffee = require('coffeescript');
module.exports = { process: (src, filename) => ({ code: coffee.compile(src, { filename, bare: true }) }) };
