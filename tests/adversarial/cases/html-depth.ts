import { expect } from 'vitest';
import { MAX_HTML_DEPTH } from '../../../src/inputs/html.ts';
import { prose, type AdversarialCase } from '../case.ts';

// HTML nested deeper than MAX_HTML_DEPTH is refused (tests/inputs/html-limits.test.ts): htmlparser2's
// work per tag grows with the depth of open elements, and 200,000 nested <div> took 37 s. At the limit
// a tag costs at most the limit: here every paragraph of prose sits at the limit, inside its own tree of
// <div> (the parser's stack filled and emptied again for each), and end tags that close nothing follow
// each paragraph (each looked up among all the open elements).
const below = MAX_HTML_DEPTH - 1;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = (text: string) => text.split('\n\n').filter((p) => p.trim() !== '');

export default {
  name: `HTML at the depth limit: each paragraph in ${below} nested <div>, 200 end tags that close nothing after it`,
  sizes: [100_000, 400_000],
  format: 'html',
  wrap: (text) => paragraphs(text).map((p) => `<p>${escape(p)}</p>`).join('\n'),
  generate: (size, random) => {
    const parts: string[] = [];
    let length = 0;
    for (const p of paragraphs(`Keir Starrer spoke. ${prose(size, random)}`)) {
      const tree = `${'<div>'.repeat(below)}<p>${escape(p)}</p>${'</b></i></span></em>'.repeat(50)}${'</div>'.repeat(below)}\n`;
      parts.push(tree);
      length += tree.length;
      if (length >= size) break;
    }
    return parts.join('');
  },
  expect: (result) => {
    // read, not refused: the prose is checked
    expect(result.findings.map((f) => f.text)).toContain('Keir Starrer');
  },
} satisfies AdversarialCase;
