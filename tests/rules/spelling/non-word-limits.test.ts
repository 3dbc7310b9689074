import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/engine/checker.ts';
import { CHUNK_CHARS } from '../../../src/engine/chunks.ts';
import { parseMarkdown } from '../../../src/inputs/markdown.ts';
import { MAX_WORD_LENGTH } from '../../../src/lang/suggest.ts';
import rule, { MAX_JUDGED } from '../../../src/rules/spelling/non-word.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

// The rule's bounds on long words and long runs without spaces (docs/reliability.md, "Limits").
describe('spelling/non-word limits', () => {
  it('judges a word of MAX_WORD_LENGTH letters, and drops a longer one unread with its reason', () => {
    const atCap = 'q'.repeat(MAX_WORD_LENGTH);
    const at = runRule(rule, `The ${atCap} was there.`);
    expect(at.findings).toEqual([]);
    expect(at.dropped.map((d) => [d.text, d.reason])).toEqual([[atCap, 'like no English word closely enough: more likely a rare, foreign or technical word']]);
    const over = 'q'.repeat(MAX_WORD_LENGTH + 1);
    const past = runRule(rule, `The ${over} was there, and the goverment too.`);
    expect(flagged(past)).toEqual(['goverment → government']);
    expect(past.dropped.map((d) => [d.text, d.reason])).toEqual([[over, `longer than ${MAX_WORD_LENGTH} letters: a code or words run together, not a misspelling`]]);
  });

  it.each([
    ['one 1,500-letter word', 'x'.repeat(1500)],
    ['5,000 random letters', 'qwertyuiopasdfghjklzxcvbnm'.repeat(200)],
    ['a 20,000-letter word hyphened to a word', `loathous-${'ab'.repeat(10_000)}`],
  ])('handles %s at once and still flags the words around it', (_name, long) => {
    const run = runRule(rule, `The goverment said ${long} yesterday.`);
    expect(flagged(run)).toEqual(['goverment → government']);
  });

  it.each([
    ['a 100,000-character URL', `Read https://example.org/${'abcdefgh/'.repeat(11_000)}page now, said the goverment.`],
    ['a path-like run of 20,000 dotted words', `${Array.from({ length: 20_000 }, (_, k) => `wqz${k.toString(36)}`).join('.')} said the goverment.`],
  ])('reads the words of %s as one chunk and flags none of them', (_name, text) => {
    expect(flagged(runRule(rule, text))).toEqual(['goverment → government']);
  });

  it('judges MAX_JUDGED distinct unknown words in a text and drops the rest with the reason', () => {
    // "qx" and three letters: no English word; separated by commas, so no foreign phrase either
    const unknown = (n: number) => Array.from({ length: n }, (_, k) => `qx${[k / 676, k / 26, k].map((d) => String.fromCharCode(97 + (Math.floor(d) % 26))).join('')}`);
    const at = runRule(rule, `${unknown(MAX_JUDGED - 1).join(', ')}; the goverment said.`);
    expect(flagged(at)).toContain('goverment → government');
    const past = runRule(rule, `${unknown(MAX_JUDGED).join(', ')}; the goverment said.`);
    expect(flagged(past)).not.toContain('goverment → government');
    expect(past.dropped.find((d) => d.text === 'goverment')?.reason).toBe(`over ${MAX_JUDGED} unknown words in the text: a list, code or another language, not judged`);
  });

  it('reads the terms of a Markdown file checked in parts in each part', () => {
    const filler = 'The council met today and spoke at length about the weather.\n\n'.repeat(Math.ceil((1.5 * CHUNK_CHARS) / 63));
    const text = `${filler}Use \`rehype\` here.\n\nThe rehype plugins run, but it is ambigous.\n`;
    const checker = createChecker({ defaultGlossary: false, rules: ['spelling/non-word'] });
    const { findings } = checker.check(parseMarkdown(text, 'long.md'));
    expect(findings.map((f) => [f.text, f.range.start.offset])).toEqual([['ambigous', text.indexOf('ambigous')]]);
  });
});
