import { describe, expect, it } from 'vitest';
import { isFormatName, reporters } from '../../src/reports/index.ts';

describe('reporters', () => {
  it('offers every format by name, stylish first', () => {
    expect(Object.keys(reporters)).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'compact', 'html']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });
});
