// The browser comes from the command line (--browsers); the timeouts are short so that a browser that never
// connects, or stops answering, is given up on in seconds.
module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    files: ['src/*.js', 'test/*.spec.js'],
    plugins: ['karma-jasmine', 'karma-chrome-launcher', 'karma-firefox-launcher'],
    hostname: '127.0.0.1',
    listenAddress: '127.0.0.1',
    customLaunchers: {
      // As CI images run Chrome as root.
      ChromeHeadlessNoSandbox: { base: 'ChromeHeadless', flags: ['--no-sandbox'] },
      // A browser behind a proxy that is down: it starts but never reaches Karma's page.
      ChromeHeadlessBadProxy: {
        base: 'ChromeHeadless',
        flags: ['--no-sandbox', '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=<-loopback>']
      }
    },
    captureTimeout: 5000,
    browserNoActivityTimeout: 10000,
    browserDisconnectTimeout: 2000,
    browserDisconnectTolerance: 0,
    pingTimeout: 3000,
    retryLimit: 1,
    singleRun: true
  });
};
