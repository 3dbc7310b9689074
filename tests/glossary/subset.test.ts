import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/document/tokens.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { loadGlossaryFile } from '../../src/glossary/load.ts';
import { subsetGlossary } from '../../src/glossary/subset.ts';

let root: string;
let saved: NodeJS.ProcessEnv;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'translint-subset-'));
  saved = { ...process.env };
  process.env.TRANSLINT_CACHE_DIR = join(root, 'cache');
  delete process.env.TRANSLINT_CACHE;
});

afterEach(() => {
  process.env = saved;
  rmSync(root, { recursive: true, force: true });
});

const GLOSSARY = '- term: Keir Starmer\n  category: person\n  variants: [Keir Starrer]\n- term: Tripoli\n  category: place\n  variants: [Tripolis]\n- term: Olaf Scholz\n  category: person\n  variants: [Olaf Scholtz]\n';

describe('subsetGlossary (the entries of a glossary that a test accepts, cached as a glossary)', () => {
  it('holds exactly the accepted entries, the same read back from the cache, and another test gives another subset', () => {
    const p = join(root, 'g.yaml');
    writeFileSync(p, GLOSSARY);
    const g = loadGlossaryFile(p);
    const people = (e: { category: string }) => e.category === 'person';
    const first = subsetGlossary(g, 'people', people);
    expect(first.entries).toEqual(g.entries.filter(people));
    const files = readdirSync(join(root, 'cache')).length;
    const again = subsetGlossary(loadGlossaryFile(p), 'people', people);
    expect(readdirSync(join(root, 'cache'))).toHaveLength(files);
    expect(again.index?.key).toBe(first.index?.key);
    expect(again.entries).toEqual(first.entries);
    // matching through the cached index finds what an index of the filtered entries finds
    const text = 'Keir Starrer met Olaf Scholtz in Tripolis.';
    const segments = [{ start: 0, end: text.length }];
    const tokens = tokenize(text, segments);
    const spans = (c: CompiledGlossary) => c.match(text, tokens, segments).map((m) => [m.start, m.end, m.entry.term]);
    expect(spans(new CompiledGlossary([again]))).toEqual(spans(new CompiledGlossary(g.entries.filter(people))));
    expect(spans(new CompiledGlossary([again]))).toHaveLength(2);
    const places = subsetGlossary(g, 'people', (e) => e.category === 'place');
    expect(places.entries.map((e) => e.term)).toEqual(['Tripoli']);
  });
});
