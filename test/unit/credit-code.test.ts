import { creditCodeCheck, isValidCreditCode, withCheck } from '../../src/modules/linkage/credit-code';

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accept published codes with their check character', () => {
    // Codes printed on public business licences.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91110000600037341L')).toBe(true);
    expect(creditCodeCheck('91350100M000100Y4')).toBe('3');
  });

  it('refuse a wrong check character, a wrong length, letters outside the alphabet, lower case', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('9135010IM000100Y43')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });

  it('make valid codes for the seed', () => {
    const code = withCheck('51530102MJ0000123');
    expect(code).toHaveLength(18);
    expect(isValidCreditCode(code)).toBe(true);
    expect(isValidCreditCode(code.slice(0, 17) + (code[17] === '0' ? '1' : '0'))).toBe(false);
  });
});
