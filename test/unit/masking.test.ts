import { idCheckCharacter, isValidIdNumber, maskIdNumber, maskPhone } from '../../src/modules/people/masking';

describe('masking personal data', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('keeps the region and the last four characters of a national ID number', () => {
    expect(maskIdNumber('53010219900101123X')).toBe('530102********123X');
  });

  it('computes the GB 11643 check character', () => {
    // Worked example from the standard: 11010519491231002X.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
});
