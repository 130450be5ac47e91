import { MAX_OPERATION_LABELS, MAX_OPERATION_NAME, operationLabel } from '../../src/observability/metrics';

describe('operationLabel', () => {
  it('names unnamed operations `anonymous` and cuts long names', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
    const long = `Q${'x'.repeat(200)}`;
    expect(operationLabel(long)).toBe(long.slice(0, MAX_OPERATION_NAME));
  });

  it('keeps the first names it sees and counts the rest as `other`', () => {
    expect(operationLabel('Known')).toBe('Known');
    for (let i = 0; operationLabel(`Op${i}`) !== 'other'; i++) {
      if (i > MAX_OPERATION_LABELS) throw new Error('never bounded');
    }
    expect(operationLabel('Known')).toBe('Known');
    expect(operationLabel('Op0')).toBe('Op0');
    expect(operationLabel('BrandNew')).toBe('other');
    expect(operationLabel(undefined)).toBe('anonymous');
  });
});
