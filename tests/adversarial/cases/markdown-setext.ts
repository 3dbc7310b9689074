import { expect } from 'vitest';
import { prose, type AdversarialCase } from '../case.ts';

// Markdown of headings of three words, each underlined with `===` (a setext heading). micromark rebuilds its
// list of the document's events for each such heading (src/inputs/markdown-limits.ts): 4,000 headings took
// 12 s, 8,000 46 s. At 50 and 200 KB (4x: about 2,000 and 8,000 headings) each is compared with prose.
const headings = (text: string) => {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let k = 0; k < words.length; k += 3) out.push(`${words.slice(k, k + 3).join(' ')}\n===\n`);
  return out.join('\n');
};

export default {
  name: 'Markdown: headings of three words, each underlined with === (setext)',
  sizes: [50_000, 200_000],
  format: 'markdown',
  generate: (size, random) => headings(`Keir Starrer spoke. ${prose(size, random)}`).slice(0, size),
  expect: (result) => {
    expect(result.findings.map((f) => f.text)).toContain('Keir Starrer');
  },
} satisfies AdversarialCase;
