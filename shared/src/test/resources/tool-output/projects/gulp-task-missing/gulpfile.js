// Defines build and test but no default task, and no lint task (the CI runs `gulp` and `gulp lint`).
const { series } = require('gulp');

function build(cb) {
  console.log('building');
  cb();
}

function test(cb) {
  console.log('testing');
  cb();
}

exports.build = build;
exports.test = series(build, test);
