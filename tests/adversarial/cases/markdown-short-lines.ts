import { letters, type AdversarialCase } from '../case.ts';

// A paragraph of very many short lines (`a b` × 50,000: 16.4 s at 200 KB against 5.9 s at half the
// size). micromark cuts a line's text into pieces wherever an inline construct might start (with GFM's
// bare-URL extension, at every word but the line's first) and merges each line's pieces back with a
// splice over all the paragraph's events: time quadratic in the number of lines.
export default {
  name: 'Markdown: one paragraph of "a b" lines, two one-letter words a line',
  sizes: [200_000],
  // linear now, but micromark's events for each line end make it 4.5-6x prose of the same size on the shared
  // 2-core machine (so at the commit before this limit too, 2026-12-07); quadratic, it was over 50x
  maxRatio: 8,
  format: 'markdown',
  generate: (size, random) => {
    const lines: string[] = [];
    for (let length = 0; length < size; length += 4) lines.push(`${letters(1, random)} ${letters(1, random)}`);
    return lines.join('\n').slice(0, size);
  },
} satisfies AdversarialCase;
