const assert = require('node:assert');
const { Given, When, Then } = require('@cucumber/cucumber');
const total = require('../../total');

Given('a cart with prices {int}, {int} and {int}', function (a, b, c) {
  this.prices = [a, b, c];
});

When('the total is computed', function () {
  this.total = total(this.prices);
});

Then('the total is {int}', function (expected) {
  assert.strictEqual(this.total, expected);
});
