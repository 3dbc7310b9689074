import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGlossaryFile } from '../../src/glossary/load.ts';

let root: string;
let saved: NodeJS.ProcessEnv;
let n = 0;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'translint-key-by-stat-'));
  saved = { ...process.env };
  // each test its own folder (a folder is checked once per process)
  process.env.TRANSLINT_CACHE_DIR = join(root, `cache-${n++}`);
  delete process.env.TRANSLINT_CACHE;
});

afterEach(() => {
  process.env = saved;
  rmSync(root, { recursive: true, force: true });
});

const memos = () => readdirSync(process.env.TRANSLINT_CACHE_DIR!).filter((f) => f.startsWith('glossary-stat-'));
const terms = (path: string) => loadGlossaryFile(path).entries.map((e) => [e.term, ...(e.variants ?? []).map((v) => v.text)]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a glossary's cache key remembered by the file's stat", () => {
  it('is not remembered for a file written in the last two seconds', () => {
    const p = join(root, 'g.yaml');
    writeFileSync(p, '- term: Keir Starmer\n  variants: [Keir Starrer]\n');
    expect(terms(p)).toEqual([['Keir Starmer', 'Keir Starrer']]);
    expect(memos()).toEqual([]);
  });

  it('is used while the file is unchanged, and a change of the same size is still seen', async () => {
    const p = join(root, 'g.yaml');
    writeFileSync(p, '- term: Keir Starmer\n  variants: [Keir Starrer]\n');
    await sleep(2100);
    expect(terms(p)).toEqual([['Keir Starmer', 'Keir Starrer']]);
    expect(memos()).toHaveLength(1);
    // read again through the remembered key: the same glossary
    expect(terms(p)).toEqual([['Keir Starmer', 'Keir Starrer']]);
    // a change of the same size: the modification and change times tell
    writeFileSync(p, '- term: Keir Starmex\n  variants: [Keir Starrex]\n');
    expect(terms(p)).toEqual([['Keir Starmex', 'Keir Starrex']]);
  });

  it('is ignored when its file is damaged', async () => {
    const p = join(root, 'g.yaml');
    writeFileSync(p, '- term: Olaf Scholz\n');
    await sleep(2100);
    terms(p);
    const [memo] = memos();
    const file = join(process.env.TRANSLINT_CACHE_DIR!, memo!);
    const good = readFileSync(file);
    for (const bad of [Buffer.from(good.toString('latin1').replace(/"key":"[0-9a-f]/, '"key":"x'), 'latin1'), good.subarray(0, good.length - 3), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      expect(terms(p)).toEqual([['Olaf Scholz']]);
    }
  });
});
