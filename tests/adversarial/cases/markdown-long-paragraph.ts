import { prose, type AdversarialCase } from '../case.ts';

// A Markdown paragraph is one run of lines without a blank one, and micromark reads its inline content
// in one go. With GFM's bare-URL extension (autolink literals) every word is a place such a link may
// start, and after an unclosed `[` each of them walks back over the paragraph's events to it (an
// upstream report describes this walk-back): time quadratic in the paragraph. A 175 KB paragraph of
// short lines after `[` took 17.8 s, 350 KB 85 s. Here the prose of the comparison is the same text in
// ordinary paragraphs.
export default {
  name: 'Markdown: one paragraph of a line per sentence after an unclosed "["',
  sizes: [200_000],
  format: 'markdown',
  generate: (size, random) => `[${prose(size, random).replace(/\n+/g, ' ').replace(/([.?!”]) (?=[“A-Z])/g, '$1\n')}`.slice(0, size),
} satisfies AdversarialCase;
