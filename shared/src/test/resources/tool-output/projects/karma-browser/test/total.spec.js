describe('total', function () {
  it('adds the lines', function () {
    expect(total([1, 2])).toBe(3);
  });
});
