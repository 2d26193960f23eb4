const { applyDiscount } = require('../src/discount');

describe('applyDiscount', () => {
  test('takes 10% off', () => {
    expect(applyDiscount(200, 10)).toBe(180);
  });

  test('caps the discount at 50%', () => {
    expect(applyDiscount(100, 80)).toBe(50);
  });

  test('zero discount keeps the price', () => {
    expect(applyDiscount(99.5, 0)).toBe(99.5);
  });
});
