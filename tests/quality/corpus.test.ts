/** Integrity of the quality corpus itself (independent of the checker). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from './score.ts';
import { QUALITY_DIR, SOURCE_LANGS, loadCorpus } from './corpus.ts';

const corpus = loadCorpus();

describe('quality corpus', () => {
  it('the seed passage strips to the sample article byte for byte', () => {
    const seed = corpus.passages.find((p) => p.meta.file === 'seed.txt');
    const sample = readFileSync(join(QUALITY_DIR, '..', '..', 'corpora', 'samples', 'wire-libya-rwanda.txt'), 'utf8');
    expect(seed?.parsed.text).toBe(sample);
  });

  it('has at least 15 further passages of 150-300 words, at least 4 per source language', () => {
    const others = corpus.passages.filter((p) => p.meta.file !== 'seed.txt');
    expect(others.length).toBeGreaterThanOrEqual(15);
    for (const p of others) {
      const words = countWords(p.parsed.text);
      expect(words, p.meta.file).toBeGreaterThanOrEqual(150);
      expect(words, p.meta.file).toBeLessThanOrEqual(300);
    }
    for (const lang of SOURCE_LANGS) {
      expect(others.filter((p) => p.meta.sourceLang === lang).length, lang).toBeGreaterThanOrEqual(4);
    }
  });

  it('every passage has annotated items, most of them catchable', () => {
    for (const p of corpus.passages) {
      expect(p.parsed.items.length, p.meta.file).toBeGreaterThan(0);
      expect(p.parsed.items.some((i) => i.catchable), p.meta.file).toBe(true);
      for (const i of p.parsed.items) expect(p.parsed.text.slice(i.start, i.end)).toBe(i.text);
    }
  });

  it('annotated spans cover a minority of each passage (precision is measurable)', () => {
    for (const p of corpus.passages) {
      const covered = p.parsed.items.reduce((n, i) => n + (i.end - i.start), 0);
      const catchable = p.parsed.items.filter((i) => i.catchable).reduce((n, i) => n + (i.end - i.start), 0);
      expect(covered / p.parsed.text.length, p.meta.file).toBeLessThan(0.3);
      expect(catchable / p.parsed.text.length, p.meta.file).toBeLessThan(0.2);
    }
  });

  it('clean prose has at least 10,000 words and no annotation markup', () => {
    const words = corpus.clean.reduce((n, c) => n + c.words, 0);
    expect(words).toBeGreaterThanOrEqual(10_000);
    for (const c of corpus.clean) expect(c.text).not.toMatch(/\{\{|\}\}/);
  });
});
