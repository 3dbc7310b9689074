import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { MAX_HTML_DEPTH, parseHtml } from '../../src/inputs/html.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { Pipeline } from '../../src/pipeline/index.ts';
import { thrown } from '../helpers/thrown.ts';

// htmlparser2's work per tag grows with the depth of open elements (html.ts, MAX_HTML_DEPTH): a file
// nested deeper than the limit is refused, with the line of the first tag past it; one nested to the
// limit is read as any other. An HTML block of Markdown is read by the same scanner.

const M = MAX_HTML_DEPTH;
const SPOKE = 'Keir Starrer spoke.';
/** `n` start tags of `tag`, each followed by `after`. */
const opens = (n: number, tag = 'div', after = '') => `<${tag}>${after}`.repeat(n);
const closes = (n: number, tag = 'div') => `</${tag}>`.repeat(n);

const AT_LIMIT: [string, string, string][] = [
  ['512 nested <div>, closed', 'a.html', `${opens(M)}${SPOKE}${closes(M)}`],
  ['512 <font> never closed', 'a.html', `${opens(M, 'font')}${SPOKE}`],
  ['511 <div> and paragraphs whose end tags are implied', 'a.html', `${opens(M - 1)}<p>One.<p>Two.<p>${SPOKE}`],
  ['void elements at the deepest level (<br>, <img>, </br>, <hr/>)', 'a.html', `${opens(M)}<br><img src="k.png"></br><hr/>${SPOKE}`],
  ['10,000 end tags that close nothing, at the limit', 'a.html', `${opens(M)}${closes(10_000, 'b')}${SPOKE}`],
  ['one element a line, CRLF', 'a.html', `${opens(M, 'div', '\r\n')}${SPOKE}\r\n${closes(M)}`],
  ['a Markdown HTML block', 'a.md', `# Title\n\nIntro.\n\n${opens(M, 'div', '\n')}${SPOKE}\n${closes(M)}\n`],
  ['1,000 inline tags in a Markdown paragraph (each read alone)', 'a.md', `Intro ${opens(1000, 'span')}${SPOKE}\n`],
];

const OVER: [string, string, string, number][] = [
  ['513 nested <div> on one line', 'deep.html', `${opens(M + 1)}${SPOKE}${closes(M + 1)}`, 1],
  ['200,000 nested <div> (1 MB)', 'deep.html', `${opens(200_000)}${SPOKE}`, 1],
  ['one element a line, 513 deep', 'deep.html', `${opens(M + 1, 'div', '\n')}${SPOKE}`, M + 1],
  ['one element a line, CRLF, after a heading', 'deep.html', `<h1>Title</h1>\r\n${opens(M + 1, 'section', '\r\n')}`, M + 2],
  ['513 <font> never closed', 'deep.html', `<p>${SPOKE}</p>\n${opens(M + 1, 'font')}x`, 2],
  ['an end tag </p> with no <p> at the limit (it opens one, as in a browser)', 'deep.html', `${opens(M)}\n</p>`, 2],
  ['a Markdown HTML block', 'deep.md', `# Title\n\nIntro.\n\n${opens(M + 1, 'div', '\n')}${SPOKE}\n`, 5 + M],
  ['a Markdown HTML block in a block quote', 'deep.md', `Intro.\n\n${opens(M + 1, 'div', '\n> ').replace(/^/, '> ')}${SPOKE}\n`, 3 + M],
];

const parse = (name: string, text: string) => (name.endsWith('.md') ? parseMarkdown(text, name) : parseHtml(text, name));

describe('HTML nested to the depth limit', () => {
  const pipeline = new Pipeline({ config: false });
  it.each(AT_LIMIT)('%s is read and its prose checked', async (_, name, text) => {
    const r = await pipeline.check({ path: name, text });
    expect(r.findings.map((f) => text.slice(f.range.start.offset, f.range.end.offset))).toContain('Keir Starrer');
  });
});

describe('HTML nested past the depth limit', () => {
  it.each(OVER)('%s is refused, naming the file, the line and the limit', (_, name, text, line) => {
    const err = thrown(() => parse(name, text), InputError);
    expect(err.message).toBe(`${name}:${line}: HTML elements nested deeper than ${M} (the limit)`);
    expect([err.path, err.line]).toEqual([name, line]);
  });

  it('is refused by every input path, the limit counting exactly: one element fewer is read', () => {
    expect(() => parseHtml(`${opens(M)}x`)).not.toThrow();
    expect(thrown(() => parseHtml(`${opens(M)}<i>x`), InputError).message).toBe(`<input>:1: HTML elements nested deeper than ${M} (the limit)`);
    expect(() => parseMarkdown(`${opens(M, 'div', '\n')}x\n`)).not.toThrow();
    expect(() => parseMarkdown(`${opens(M + 1, 'div', '\n')}x\n`)).toThrow(InputError);
  });
});
