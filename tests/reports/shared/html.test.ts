import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/reports/shared/html.ts';

describe('escapeHtml', () => {
  it('turns the five markup characters into references and leaves other text alone', () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)"> & 'q' é 🙂\n\t`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39; é 🙂\n\t');
  });

  it('does not double-escape on a second pass only by accident: & of a reference is escaped again', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('replaces control characters other than tab and line breaks', () => {
    expect(escapeHtml('a\u0000b\u001b[2Jc\r\n')).toBe('a\uFFFDb\uFFFD[2Jc\r\n');
  });
});
