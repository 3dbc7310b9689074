import { expect } from 'vitest';
import { prose, type AdversarialCase } from '../case.ts';

// One Markdown paragraph (a line per sentence, no blank line) with backtick runs that open no code span
// among its words: runs of 1, 2, 3 … 40 backticks, then 900 runs after a backslash. micromark scans the
// rest of the paragraph for each such run's closing run (src/inputs/markdown-limits.ts): 50 KB took
// 12.5 s (7.2x prose), 200 KB 116 s (67x). At 50 and 200 KB (4x) each is compared with the same prose
// as one paragraph without the runs.
const oneParagraph = (text: string) => text.replace(/\n+/g, '\n');

export default {
  name: 'Markdown: one paragraph with ascending backtick runs and 900 runs after a backslash among its words',
  sizes: [50_000, 200_000],
  format: 'markdown',
  wrap: oneParagraph,
  generate: (size, random) => {
    const words = oneParagraph(prose(size, random)).split(' ');
    let ascending = 0;
    let escaped = 0;
    const out = words.map((w, k) => {
      if (k % 4 !== 1) return w;
      if (ascending < 40) return `${'`'.repeat(++ascending)}${w}`;
      if (escaped >= 900) return w;
      escaped++;
      return `\\\`\`${w}`;
    });
    return `Keir Starrer spoke. ${out.join(' ')}`.slice(0, size);
  },
  expect: (result) => {
    // read and checked: the name at its start is found
    expect(result.findings.map((f) => f.text)).toContain('Keir Starrer');
  },
} satisfies AdversarialCase;
