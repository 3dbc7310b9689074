import { letters, seeded } from './case.ts';

/**
 * Hostile documents for the front-end test (front-ends.test.ts): each is sent through every front end
 * between ordinary ones. Bytes, as a file would hold them; `text` is how a JSON front end (the NDJSON
 * stream, the service) receives the same document.
 */
export interface HostileDocument {
  /** File name: its extension picks the input format. */
  name: string;
  bytes: Buffer;
}

const random = seeded(17);
const utf8 = (name: string, text: string): HostileDocument => ({ name, bytes: Buffer.from(text, 'utf8') });

export const DOCUMENTS: HostileDocument[] = [
  // #17 item 1: long words, one of them random letters
  utf8('long-words.txt', `The ${'x'.repeat(1_500)} and ${letters(5_000, random)} end.\n`),
  // a megabyte of one character, on one line
  utf8('one-character.txt', 'a'.repeat(1_000_000)),
  // a megabyte of one character, one per line
  utf8('one-per-line.txt', 'a\n'.repeat(500_000)),
  // #17 item 3: 130,000 dropped entries
  utf8('many-lines.txt', 'x\n'.repeat(130_000)),
  // #17 item 8: runs without spaces
  utf8('no-spaces.txt', Array.from({ length: 20_000 }, () => letters(4, random)).join(',')),
  // #17 item 1: a 100,000-character URL
  utf8('long-url.txt', `See https://example.org/${Array.from({ length: 11_000 }, () => letters(8, random)).join('/')} now.\n`),
  // #17 item 4: deep nesting in Markdown: a 100,000-level quote and a 2,000-level list
  utf8('deep-quote.md', `${'>'.repeat(100_000)} Keir Starrer\n`),
  utf8('deep-list.md', Array.from({ length: 2_000 }, (_, k) => `${'  '.repeat(k)}- item ${k}`).join('\n')),
  // deep nesting in HTML and XML
  utf8('deep.html', `${'<div>'.repeat(50_000)}Keir Starrer${'</div>'.repeat(50_000)}`),
  utf8('deep.xlf', `<?xml version="1.0"?><xliff version="1.2"><file><body>${'<g>'.repeat(20_000)}x${'</g>'.repeat(20_000)}</body></file></xliff>`),
  // control characters, NUL, lone surrogates, bidirectional marks, combining marks
  utf8('control.txt', Array.from({ length: 20_000 }, (_, k) => `${String.fromCharCode(k % 32)}\u202e\u0301\ud800Keir`).join(' ')),
  // the same without NUL, which makes a file binary: control characters among words
  utf8('control-no-nul.txt', Array.from({ length: 20_000 }, (_, k) => `${k % 2 ? String.fromCharCode(1 + (k % 31)) : '\t'}\u202e\u0301\ud800Keir \u200f`).join(' ')),
  // invalid UTF-8 (a stray continuation byte, an overlong form, a truncated sequence)
  { name: 'invalid-utf8.txt', bytes: Buffer.concat([Buffer.from('Keir Starrer spoke '), Buffer.from([0x80, 0xc0, 0xaf, 0xe2, 0x82]), Buffer.from(' here.\n')]) },
  // UTF-16 with an odd byte count and a lone surrogate
  { name: 'invalid-utf16.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Keir Starrer spoke', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41])]) },
];

/** A story every front end must still check after each hostile one. */
export const GOOD = { name: 'good.txt', text: 'Keir Starrer spoke in Kigali.\n', flagged: 'Keir Starrer' };
