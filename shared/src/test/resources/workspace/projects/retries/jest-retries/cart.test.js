const { loadPrices, total } = require('./cart');

// A retry hides the slow first load; logErrorsBeforeRetry prints what failed before each retry.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe('cart', () => {
  test('loads prices', () => {
    expect(loadPrices()).toEqual({ apple: 2 });
  });

  test('adds up the total', () => {
    // Genuinely wrong: every attempt fails.
    expect(total([{ price: 2, count: 3 }, { price: 1, count: 1 }])).toBe(8);
  });
});
