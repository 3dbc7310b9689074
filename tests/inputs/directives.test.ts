import { describe, expect, it } from 'vitest';
import { parseDirective, suppressionsFrom, type SourceComment } from '../../src/inputs/directives.ts';

/** The comments `<!--…-->` of a text with their offsets, as a parser would give them. */
function comments(text: string): SourceComment[] {
  return [...text.matchAll(/<!--([^]*?)-->/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, body: m[1] ?? '' }));
}

describe('directives', () => {
  it.each([
    [' translint-disable ', { kind: 'disable' }],
    ['translint-disable glossary/variant, title/ ', { kind: 'disable', rules: ['glossary/variant', 'title/'] }],
    ['\n  translint-enable glossary/variant\n', { kind: 'enable', rules: ['glossary/variant'] }],
    [' translint-disable-next-line spelling/unknown ', { kind: 'disable-next-line', rules: ['spelling/unknown'] }],
    [' translint-disable-line ', { kind: 'disable-line' }],
  ])('parses %j', (body, directive) => {
    expect(parseDirective(body)).toEqual(directive);
  });

  it.each([' an ordinary comment ', ' translint-disabled ', ' see translint-disable ', ''])('ignores %j', (body) => {
    expect(parseDirective(body)).toBeUndefined();
  });

  it('runs a disable to its enable, or to the end of the text when none comes', () => {
    const text = 'a<!-- translint-disable -->b<!-- translint-enable -->c<!-- translint-disable x -->d';
    expect(suppressionsFrom(text, comments(text))).toEqual([
      { start: 27, end: 28 },
      { start: 82, end: 83, rules: ['x'] },
    ]);
  });

  it('ends only the named ids of a disable; a disable of all rules is ended only by an enable of all', () => {
    const text = '<!-- translint-disable a b -->1<!-- translint-disable -->2<!-- translint-enable a -->3<!-- translint-enable -->4';
    expect(text.slice(85, 86)).toBe('3');
    expect(suppressionsFrom(text, comments(text))).toEqual([
      { start: 30, end: 58, rules: ['a', 'b'] },
      { start: 57, end: 86 },
      { start: 85, end: 86, rules: ['b'] },
    ]);
  });

  it('covers the next line or the comment own line, without its line break', () => {
    const text = 'one <!-- translint-disable-line -->\r\n<!-- translint-disable-next-line g/ -->\r\nthree\r\nfour <!-- translint-disable-next-line -->';
    const found = suppressionsFrom(text, comments(text));
    expect(found).toEqual([
      { start: 0, end: 35 },
      { start: 78, end: 83, rules: ['g/'] },
    ]);
    expect(text.slice(78, 83)).toBe('three');
  });
});
