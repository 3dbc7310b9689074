import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCacheFile } from '../../src/glossary/cache-files.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { derivedName, moduleUrl, readDerived, writeDerived, type DerivedKind } from '../../src/glossary/derived-cache.ts';
import { loadGlossaryFile } from '../../src/glossary/load.ts';
import { glossaryKnown, type Known } from '../../src/rules/acronym/known.ts';

const NEWS = `- term: Financial Action Task Force
- term: NATO
- term: UN General Assembly
- term: Bank of England
- term: CBP
`;
const OTHER = `- term: Federal Bureau of Investigation
- term: OTAN
- term: ANTO
- term: European Central Bank
`;

let root: string;
let saved: NodeJS.ProcessEnv;
let n = 0;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'translint-derived-test-'));
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
  rmSync(root, { recursive: true, force: true });
});

/** A fresh cache folder (each path is checked once per process). */
function useDir(): string {
  const dir = join(root, `cache-${n++}`);
  process.env.TRANSLINT_CACHE_DIR = dir;
  delete process.env.TRANSLINT_CACHE;
  return dir;
}

function file(text: string): string {
  const p = join(root, `g-${n++}.yaml`);
  writeFileSync(p, text);
  return p;
}

/** Known as plain, comparable data. */
function plain(k: Known): unknown {
  return { caps: [...k.caps].sort(), initials: [...k.initials].sort(), sorted: [...k.sorted].sort() };
}

function known(...paths: string[]): Known {
  return glossaryKnown(new CompiledGlossary(paths.map((p) => loadGlossaryFile(p))));
}

describe('data derived from a glossary in the cache folder (src/glossary/derived-cache.ts)', () => {
  it('gives acronym/unknown what deriving it afresh gives, over several glossaries (ids, first acronym wins)', () => {
    const a = file(NEWS);
    const b = file(OTHER);
    process.env.TRANSLINT_CACHE = '0';
    const fresh = plain(known(a, b));
    expect(fresh).toMatchObject({ caps: expect.arrayContaining(['NATO', 'UN', 'CBP', 'OTAN']), initials: expect.arrayContaining(['FATF', 'BE', 'FBI', 'ECB']) });
    // NATO (entry 1) is the first with the letters ANOT: OTAN and ANTO (entries 6, 7) do not replace it
    expect((fresh as { sorted: [string, unknown][] }).sorted).toContainEqual(['ANOT', { term: 'NATO', id: 1 }]);
    const dir = useDir();
    expect(plain(known(a, b))).toEqual(fresh); // written
    expect(readdirSync(dir).filter((f) => f.startsWith('acronyms-'))).toHaveLength(2);
    expect(plain(known(a, b))).toEqual(fresh); // read back
    expect(plain(known(b, a))).not.toEqual(fresh); // ids follow the glossaries' order
    process.env.TRANSLINT_CACHE = '0';
    const swapped = plain(known(b, a));
    useDir();
    expect(plain(known(b, a))).toEqual(swapped);
  });

  it('is keyed by the glossary: a changed glossary file never reads the data of its old content', () => {
    const dir = useDir();
    const p = file(NEWS);
    const before = plain(known(p));
    writeFileSync(p, NEWS.replace('Financial Action Task Force', 'Financial Stability Board'));
    const after = plain(known(p));
    expect(after).not.toEqual(before);
    expect((after as { initials: string[] }).initials).toContain('FSB');
    expect((after as { initials: string[] }).initials).not.toContain('FATF');
    expect(readdirSync(dir).filter((f) => f.startsWith('acronyms-'))).toHaveLength(2);
  });

  it('is keyed by the code that derives it, the kind and its format; a glossary without a key is not cached', () => {
    const here = new URL(import.meta.url);
    const a = join(root, 'a.js');
    const b = join(root, 'b.js');
    writeFileSync(a, 'export const x = 1;\n');
    writeFileSync(b, 'export const x = 1;\n');
    const kind: DerivedKind = { name: 'test', format: 1, code: [new URL(`file://${a}`)] };
    const name = derivedName(kind, 'k1');
    expect(name).toMatch(/^test-[0-9a-f]{40}\.tlc$/);
    expect(derivedName(kind, 'k2')).not.toBe(name);
    expect(derivedName({ ...kind, format: 2 }, 'k1')).not.toBe(name);
    expect(derivedName({ ...kind, name: 'other' }, 'k1')).not.toBe(name);
    expect(derivedName({ ...kind, code: [new URL(`file://${a}`), here] }, 'k1')).not.toBe(name);
    // the same text in a module of another name is another module
    expect(derivedName({ ...kind, code: [new URL(`file://${b}`)] }, 'k1')).not.toBe(name);
    // code that cannot be read, or no glossary key: no file
    expect(derivedName({ ...kind, code: [new URL(`file://${join(root, 'missing.js')}`)] }, 'k1')).toBeUndefined();
    expect(derivedName(kind, undefined)).toBeUndefined();
    expect(moduleUrl('../x/y', 'file:///p/src/a/b.ts').href).toBe('file:///p/src/x/y.ts');
    expect(moduleUrl('./y', 'file:///p/dist/a/b.js').href).toBe('file:///p/dist/a/y.js');
  });

  it('is derived again when the file holds something else than expected', () => {
    useDir();
    const p = file(NEWS);
    process.env.TRANSLINT_CACHE = '0';
    const fresh = plain(known(p));
    useDir();
    const key = loadGlossaryFile(p).index?.key;
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    const kind = { name: 'probe', format: 1, code: [] } as DerivedKind;
    writeDerived(kind, key, { caps: 1 });
    expect(readDerived(kind, key)).toEqual({ caps: 1 });
    // a well-formed cache file of the acronym kind's name with the wrong shape: not trusted
    expect(plain(known(p))).toEqual(fresh);
    const files = readdirSync(process.env.TRANSLINT_CACHE_DIR as string).filter((f) => f.startsWith('acronyms-'));
    expect(files).toHaveLength(1);
    // arrays of the wrong elements, and a term id beyond the glossary's entries (another glossary's ids)
    const wrongElements = ['{"caps":[1],"initials":[],"sorted":[]}', '{"caps":[],"initials":[],"sorted":[1]}', '{"caps":[],"initials":[],"sorted":[["AB","AB",999999]]}'];
    for (const bad of ['{"caps":"x"}', 'not json', ...wrongElements]) {
      writeCacheFile(files[0] as string, [Buffer.from(bad)]);
      expect(plain(known(p))).toEqual(fresh);
    }
  });
});
