import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startsSentence, tokenize } from '../../src/document/tokens.ts';
import { createDocument } from '../../src/document/document.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { MAX_NAME_WORD, nameWords } from '../../src/names/words.ts';
import { LINEAR_TIMEOUT } from '../rules/linear-timing.ts';
import { romaniseCyrillic } from '../../src/source/name-key.ts';

// One odd run inside a story and its original (a word of thousands of letters, thousands of opening
// quotes, thousands of numbers in one sentence) must cost about what its length costs. Each used to
// stall a check: a name key built with endsWith on a growing string (80,000 letters: 38 s), sentence
// starts found by walking back over every opener before each token (40,000: 3.8 s), the numbers of one
// pair paired each with each (13,000: 3.4 s), a long word of the original compared letter by letter with
// the translation's different one (8,000 letters: 4.5 s), the anchors of one sentence pair (its distinct numbers)
// each searched for among the other side's (80,000 characters of numbers: 0.76 s, 40 times 10,000 characters; one sentence of 600 KB: 11 s). Timed at two sizes, eight times apart, in the same run,
// as processor time: linear is about 8 times, quadratic 64; the bound is loose on purpose.
const ROOT = join(import.meta.dirname, '..', '..');
const story = readFileSync(join(ROOT, 'corpora/samples/wire-libya-rwanda.txt'), 'utf8');
const german = readFileSync(join(import.meta.dirname, 'fixtures/wire-libya-rwanda.de.txt'), 'utf8');
const tail = story.slice(story.indexOf('Rwanda and the USA are discussing'), story.indexOf('Leave a Comment'));
const checker = createChecker({ defaultGlossary: false });

const SMALL = 10_000;
const LARGE = 8 * SMALL;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * The fastest of three checks of the story and its original, each with a run `odd(k)` added to its first
 * paragraph: a different run each time, as words and prepared originals are remembered between checks.
 */
function fastest(odd: (k: number) => string): number {
  const at = (s: string) => s.indexOf('\n');
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const text = tail.slice(0, at(tail)) + ' ' + odd(k) + tail.slice(at(tail));
    const source = german.slice(0, at(german)) + ' ' + odd(k) + german.slice(at(german));
    const t = cpuMs();
    checker.check(text, { source, sourceLang: 'de' });
    best = Math.min(best, cpuMs() - t);
  }
  return best;
}

let runs = 0;
const shapes: [string, (n: number, k: number) => string][] = [
  ['one capitalised word of n letters', (n, k) => 'Ab' + 'x'.repeat(n) + 'qrstuvwz'.charAt(k) + (runs++).toString(36).replace(/\d/g, 'y')],
  ['n opening quotes in a row', (n, k) => '«'.repeat(n) + `Word${k} ${runs++}`],
  ['n numbers in one sentence', (n, k) => `${k}${runs++} ` + '1.000 '.repeat(n / 6)],
  ['n different numbers in one sentence', (n, k) => {
    let s = `${runs++} `;
    for (let i = 0; s.length < n; i++) s += `${k}${i} `;
    return s;
  }],
];

describe('a check with its original is linear in an odd run of its text', () => {
  it.each(shapes)('%s: eight times as long costs about eight times as much', (_name, odd) => {
    fastest((k) => odd(SMALL, k)); // warm-up: dictionaries, word lists
    const small = fastest((k) => odd(SMALL, k));
    expect(fastest((k) => odd(LARGE, k))).toBeLessThan(20 * small + 200);
  }, LINEAR_TIMEOUT);
});

describe('the bounds that keep it so', () => {
  it('a word longer than MAX_NAME_WORD is no name word; one of that length is', () => {
    for (const [n, count] of [[MAX_NAME_WORD, 1], [MAX_NAME_WORD + 1, 0]] as const) {
      const text = `Then ${'A' + 'b'.repeat(n - 1)} spoke.`;
      const doc = createDocument(text);
      const words = nameWords(doc.text, tokenize(doc.text, doc.segments)).filter((w) => w.text.startsWith('Ab'));
      expect(words.length).toBe(count);
    }
  });

  it('a sentence start is seen through a few opening quotes, not through a run of them', () => {
    const starts = (text: string) => {
      const doc = createDocument(text);
      const tokens = tokenize(doc.text, doc.segments);
      const i = tokens.findIndex((t) => t.text === 'Word');
      return startsSentence(doc.text, tokens, i);
    };
    expect(starts('It ended. «««Word')).toBe(true);
    expect(starts('It ended. ("Word')).toBe(true);
    expect(starts('it went on «Word')).toBe(false);
    expect(starts(`It ended. ${'«'.repeat(20)}Word`)).toBe(false);
  });
});

describe('a Cyrillic original whose every sentence has a name with a case ending kept (source/names)', () => {
  const letters = 'бвгдклмнпрст';
  // a different name per sentence (names and their spellings are remembered between checks)
  const name = (i: number, k: number) => {
    let s = 'Кино' + 'абв'.charAt(k);
    for (let n = i; n > 0; n = Math.floor(n / letters.length)) s += letters.charAt(n % letters.length) + 'а';
    return s + 'р';
  };
  const pairOf = (chars: number, k: number): [string, string] => {
    const source: string[] = [], target: string[] = [];
    for (let i = 0; source.join(' ').length < chars; i++) {
      const n = name(i, k);
      const latin = romaniseCyrillic(n, 'ru');
      source.push(`Мы поехали на ${n}. Фильмы на ${n}е новые.`);
      target.push(`We went to see ${latin}. Films shown at ${latin}e are new.`);
    }
    return [target.join('\n'), source.join('\n')];
  };
  const ru = createChecker({ defaultGlossary: false, rules: ['source/names'] });
  const cost = (chars: number) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const [text, source] = pairOf(chars, k);
      const t = cpuMs();
      ru.check(text, { source, sourceLang: 'ru' });
      best = Math.min(best, cpuMs() - t);
    }
    return best;
  };
  it('eight times as long costs about eight times as much', () => {
    cost(SMALL / 4);
    const small = cost(SMALL / 4);
    expect(cost(LARGE / 4)).toBeLessThan(20 * small + 200);
    // and the names are found: one finding a sentence pair
    const [text, source] = pairOf(2000, 0);
    expect(ru.check(text, { source, sourceLang: 'ru' }).findings.length).toBeGreaterThan(0);
  }, LINEAR_TIMEOUT);
});
