/**
 * The pure parts of the real-data evaluation, without the third-party data: name spans,
 * kinds, and how a name finding is judged.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from './data.ts';
import { addStats, editDistance, guessKind, nameSpans, newStats } from './names.ts';
import { judgeFinding, type SilverItem } from './silver.ts';
import { sample, type Candidate } from './candidates.ts';

describe('name spans', () => {
  const stats = newStats();
  for (const l of [
    'On Friday the minister met Olaf Scholz in Berlin.',
    'Later the talks with Olaf Scholz went on in Berlin.',
    'The light was on. Light rain fell on the city of Berlin.',
    'He met the Minister of Justice Georg Eisenreich there.',
  ]) addStats(stats, l);

  const spans = (line: string) => nameSpans(line, tokenize(line), stats).map((s) => s.text);

  it('finds capitalised runs written capitalised inside sentences', () => {
    expect(spans('Yesterday Olaf Scholz flew to Berlin.')).toEqual(['Olaf Scholz', 'Berlin']);
  });

  it('leaves out words mostly written in lower case, even when a sentence starts with them', () => {
    expect(spans('Light came from Berlin.')).toEqual(['Berlin']);
  });

  it('joins name words over connectors', () => {
    expect(spans('He thanked the Minister of Justice Georg Eisenreich.')).toEqual(['Minister of Justice Georg Eisenreich']);
  });

  it('does not take all-caps words', () => {
    expect(spans('The NATO summit in Berlin.')).toEqual(['Berlin']);
  });
});

describe('kinds of difference', () => {
  it.each([
    ['Harting', 'Hartung', 'one-letter'],
    ['Scholz Olaf', 'Olaf Scholz', 'reorder'],
    ['Scholz', 'Olaf Scholz', 'dropped-word'],
    ['Chancellor Olaf Scholz', 'Olaf Scholz', 'added-word'],
    ['Tom Tucker', 'Tom Tykwer', 'one-word'],
    ['Moses Dane', 'Moshe Dayan', 'both-words'],
    ['Selenskyj', 'Zelensky', 'translit'],
  ])('%s for %s is %s', (span, correct, kind) => {
    expect(guessKind(span, correct)).toBe(kind);
  });

  it('edit distance', () => {
    expect(editDistance('hartung', 'harting')).toBe(1);
    expect(editDistance('selenskyj', 'zelensky')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('judging a name finding', () => {
  const item = (span: string, offset: number, verdict: SilverItem['verdict']): SilverItem => ({
    pair: 'de-en', line: 5, system: 'S', offset, span, correct: 'Hartung', verdict, kind: 'one-letter', note: '',
  });
  const variants = new Map<string, SilverItem['verdict']>([
    ['de-en\tMarkus Uebel', 'ok'],
    ['de-en\tSelenskyj', 'garbled'],
  ]);
  const at = (text: string, start: number, line = 5) => ({ pair: 'de-en', line, start, end: start + text.length, text });
  const ref = 'said Stefan Hartung and Markus Übel.';

  it('a finding on a garbled silver item is right; on an ok or other item, false', () => {
    expect(judgeFinding(at('Harting', 12), [item('Harting', 12, 'garbled')], variants, ref)).toMatchObject({ judged: 'right', by: 'silver' });
    expect(judgeFinding(at('Stefan Harting', 5), [item('Harting', 12, 'ok')], variants, ref)).toMatchObject({ judged: 'false', by: 'silver' });
    expect(judgeFinding(at('Harting', 12, 6), [item('Harting', 12, 'garbled')], variants, ref).judged).toBe('unjudged');
  });

  it('else a judged form decides, possessive or not', () => {
    expect(judgeFinding(at('Markus Uebel', 0), [], variants, ref)).toMatchObject({ judged: 'false', by: 'variant' });
    expect(judgeFinding(at("Selenskyj's", 0), [], variants, ref)).toMatchObject({ judged: 'right', by: 'variant' });
  });

  it('else a span the reference line shares word for word is false, anything else unjudged', () => {
    expect(judgeFinding(at('Stefan Hartung', 0), [], variants, ref)).toMatchObject({ judged: 'false', by: 'reference' });
    expect(judgeFinding(at('Hartun', 0), [], variants, ref).judged).toBe('unjudged');
  });
});

describe('sampling candidates for checking by hand', () => {
  const cand = (system: string, line: number, correct = `Name${line}`, nVar = 0): Candidate => ({
    pair: 'de-en', line, system, offset: 0, span: 'X', correct, via: 'align', sim: 0.8, nVar, nRef: 10, nSys: 12, src: '-', kind: 'one-letter',
  });
  const pool = [cand('A', 1), cand('A', 2), cand('A', 3), cand('B', 4), cand('B', 5), cand('C', 6), cand('C', 7, 'Name7', 5)];

  it('takes systems in turn, skips common variants and lines already checked, and repeats with the same seed', () => {
    const picked = sample(pool, 4, 7, new Set(['4\tB']));
    expect(picked.map((c) => c.system).sort()).toEqual(['A', 'A', 'B', 'C']);
    expect(picked.some((c) => c.line === 4 || c.line === 7)).toBe(false);
    expect(sample(pool, 4, 7, new Set(['4\tB']))).toEqual(picked);
  });

  it('checks one system per line and reference name', () => {
    const same = [cand('A', 1, 'Scholz'), cand('B', 1, 'Scholz'), cand('C', 1, 'Scholz')];
    expect(sample(same, 3, 1)).toHaveLength(1);
  });
});
