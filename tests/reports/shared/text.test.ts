import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/reports/shared/text.ts';

describe('printable', () => {
  it('replaces control characters but not tab, line breaks or other text', () => {
    expect(printable('a\u0007b\u001b[2Jc\u007fd\u0085e\u009bf\tg\nh\ri é 🙂')).toBe('a\uFFFDb\uFFFD[2Jc\uFFFDd\uFFFDe\uFFFDf\tg\nh\ri é 🙂');
  });
});
