// The same setup with a spec that blocks the page for 45 s: longer than socket.io's ping interval (25 s) and
// timeout, shorter than Karma's no-activity timeout unless NO_ACTIVITY_MS makes that shorter still.
var base = require('./karma.conf.js');
module.exports = function (config) {
  base(config);
  config.set({
    files: ['src/*.js', 'test-hang/*.spec.js'],
    browserNoActivityTimeout: Number(process.env.NO_ACTIVITY_MS || 60000)
  });
};
