module.exports = {
  mode: 'production',
  entry: './src/index.js',
  module: { rules: [{ test: /\.js$/, use: 'babel-loader' }] }
};
