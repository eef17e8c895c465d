const config = require('./lib/config');

console.log(`listening on ${config.port}`);
