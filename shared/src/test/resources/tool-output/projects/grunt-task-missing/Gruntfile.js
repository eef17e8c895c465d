// Registers build but not the jshint task that "grunt test" runs (its plugin, grunt-contrib-jshint, is not loaded).
module.exports = function (grunt) {
  grunt.registerTask('build', 'Builds the bundle.', function () {
    grunt.log.writeln('building');
  });
  grunt.registerTask('test', ['jshint', 'build']);
};
