const prettier = require("eslint-plugin-prettier");

module.exports = [
  {
    files: ["src/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    plugins: { prettier },
    rules: { "prettier/prettier": "error" },
  },
];
