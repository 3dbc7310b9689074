import { expect } from 'vitest';
import { prose, type AdversarialCase } from '../case.ts';

// An HTML page over 256 KB is checked in parts, and segments that only inline code parts (`run <code>ls</code>
// now`) go into the same part so that no quotation is cut in two (src/engine/chunks.ts). One paragraph made
// of such segments from end to end once made each overflow carry the whole run back: a part per segment,
// 25 s and 390 MB for 720 KB. Here the prose of the comparison is one paragraph with every other word in <code>.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export default {
  name: 'HTML: one paragraph over 256 KB with every other word in <code>, inline code parting it into segments throughout',
  sizes: [300_000, 600_000],
  format: 'html',
  wrap: (text) => `<p>${escape(text.replace(/\s+/g, ' '))}</p>`,
  generate: (size, random) => {
    const words = prose(size, random).split(/\s+/).filter(Boolean);
    const out: string[] = ['Keir Starrer spoke. '];
    let length = 3 + 20;
    for (const [k, w] of words.entries()) {
      const piece = k % 2 === 1 ? `<code>${escape(w)}</code> ` : `${escape(w)} `;
      out.push(piece);
      length += piece.length;
      if (length >= size) break;
    }
    return `<p>${out.join('')}</p>`;
  },
  expect: (result) => {
    // read and checked, in parts: the name before the first code is found
    expect(result.findings.map((f) => f.text)).toContain('Keir Starrer');
  },
} satisfies AdversarialCase;
