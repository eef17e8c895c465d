// The configuration has a trailing comma, which JSON does not allow.
const config = require('./config.json');

console.log(`Totals in ${config.currency}`);
