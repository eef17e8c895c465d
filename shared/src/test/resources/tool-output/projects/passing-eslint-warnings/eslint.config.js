module.exports = [
  {
    files: ["src/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { console: "readonly" } },
    rules: { "no-unused-vars": "warn", "no-undef": "error" },
  },
];
