import { describe, expect, it } from 'vitest';
import { colorDiff, notOfferedNote, overlapNote, questionText, renderItem, sentenceAround } from '../../src/review/render.ts';
import { reviewItems } from '../../src/review/session.ts';
import { findingAt } from '../reports/fixture.ts';

const TEXT = 'Cnn reported. The Gens Saddam Haftar spoke! Then he left.\r\nNext line.\n';
const item = reviewItems([
  findingAt(TEXT, 'Gens Saddam Haftar', { ruleId: 'title/abbreviation', severity: 'warning', message: '"Gens" is not an English title', confidence: 0.95, suggestions: [{ text: 'Gen. Saddam Haftar', confidence: 0.95 }] }),
])[0]!;

describe('sentenceAround', () => {
  it('finds the sentence holding the span, within its line, without surrounding spaces', () => {
    const s = sentenceAround(TEXT, 18, 36);
    expect(TEXT.slice(s.start, s.end)).toBe('The Gens Saddam Haftar spoke!');
    const first = sentenceAround(TEXT, 0, 3);
    expect(TEXT.slice(first.start, first.end)).toBe('Cnn reported.');
    const last = sentenceAround(TEXT, 62, 66);
    expect(TEXT.slice(last.start, last.end)).toBe('Next line.');
  });

  it('takes every sentence a span crosses, and a whole line for an empty span at its start', () => {
    const s = sentenceAround(TEXT, 5, 30);
    expect(TEXT.slice(s.start, s.end)).toBe('Cnn reported. The Gens Saddam Haftar spoke!');
    const empty = sentenceAround(TEXT, 14, 14);
    expect(TEXT.slice(empty.start, empty.end)).toBe('The Gens Saddam Haftar spoke!');
  });

  it('on a line of megabytes, looks only near the change (the sentence still found whole)', () => {
    const filler = 'Some words here… and more. '.repeat(40_000);
    const long = `${filler}The Gens Saddam Haftar spoke! ${filler}`;
    const at = filler.length + 4;
    const s = sentenceAround(long, at, at + 18);
    expect(long.slice(s.start, s.end)).toBe('The Gens Saddam Haftar spoke!');
    // with no sentence end nearby, the shown text stays within reach of the change
    const words = 'word '.repeat(200_000);
    const w = sentenceAround(words, 500_000, 500_004);
    expect(w.end - w.start).toBeLessThanOrEqual(4_004);
    expect(w.start).toBeLessThanOrEqual(500_000);
    expect(w.end).toBeGreaterThanOrEqual(500_004);
  });
});

describe('renderItem', () => {
  it('shows position, rule, message, the highlighted sentence and the word diff, without colours', () => {
    expect(renderItem('a.txt', TEXT, item, false)).toBe(
      [
        '',
        'a.txt:1:19  warning  title/abbreviation  confidence 0.95',
        '"Gens" is not an English title',
        '  The »Gens Saddam Haftar« spoke!',
        '  The [-Gens-]{+Gen.+} Saddam Haftar spoke!',
        'suggestion: Gen. Saddam Haftar',
        '',
      ].join('\n'),
    );
    expect(questionText(0, 3)).toBe('(1/3) Apply this change [y,n,e,s,q,?]? ');
    expect(overlapNote(item, item)).toBe('note: skipped "Gens Saddam Haftar" at 1:19: it overlaps the change accepted at 1:19\n');
  });

  it('neutralises escape sequences from the text but keeps its own colours', () => {
    const evil = 'He said \u001b[2J loud Cnn.\n';
    const it2 = reviewItems([findingAt(evil, 'Cnn', { ruleId: 'x/\u001b[31m', severity: 'error', message: 'm\u0007', confidence: 1, suggestions: [{ text: 'CNN\u001b]0;x', confidence: 1 }] })])[0]!;
    const out = renderItem('e.txt', evil, it2, true);
    const esc = out.match(/\u001b[^m]*m/g) ?? [];
    expect(esc.length).toBeGreaterThan(4);
    expect(esc.every((e) => /^\u001b\[[0-9;]*m$/.test(e))).toBe(true);
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(out).toContain('\uFFFD[2J');
  });

  it('writes a file name with a line break or an escape sequence in it as one line of escapes, as the other front ends do', () => {
    const name = 'new\nline\u001b[2J\u2028.txt';
    const escaped = 'new\\nline\\u001b[2J\\u2028.txt';
    expect(renderItem(name, TEXT, item, false).split('\n')[1]).toBe(`${escaped}:1:19  warning  title/abbreviation  confidence 0.95`);
    expect(renderItem(name, TEXT, item, true).split('\n')[1]!.replace(/\u001b\[[0-9;]*m/g, '')).toBe(`${escaped}:1:19  warning  title/abbreviation  confidence 0.95`);
    expect(notOfferedNote(name, item.finding)).toBe(`note: not offered: ${escaped}:1:19 "Gens Saddam Haftar" → "Gen. Saddam Haftar" (title/abbreviation): the text holds markup that the change would delete; edit it by hand\n`);
  });

  it('colours a unified diff only when asked', () => {
    const diff = '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n';
    expect(colorDiff(diff, false)).toBe(diff);
    expect(colorDiff(diff, true).replace(/\u001b\[[0-9;]*m/g, '')).toBe(diff);
    expect(colorDiff(diff, true)).toContain('\u001b[31m-a\u001b[39m');
  });
});
