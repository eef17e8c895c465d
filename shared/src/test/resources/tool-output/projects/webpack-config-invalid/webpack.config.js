// A misspelt option (devtol for devtool) and an output path that is not absolute: webpack checks its configuration
// against its schema before it builds anything.
module.exports = {
  mode: 'production',
  entry: './src/index.js',
  output: { path: 'dist', filename: 'app.js' },
  devtol: 'source-map',
};
