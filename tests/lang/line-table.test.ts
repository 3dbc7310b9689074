import { describe, expect, it } from 'vitest';
import { LineTable, packText, unitsText, unpackText } from '../../src/lang/line-table.ts';

describe('LineTable (lines by their first field, src/lang/line-table.ts)', () => {
  const text = 'KRS\tkeir\tkiers\nSTRMR\tstarmer\nA\tça\té-x\n\nkeir\t1\t2\nselenskyj\t3';

  it('finds a line by the field before its tab, within the region it was built for, and nothing else', () => {
    const blank = text.indexOf('\n\n') + 1;
    const keys = new LineTable(text, LineTable.build(text, 9, 0, blank - 1), 9);
    expect(text.slice(keys.find('KRS'), text.indexOf('\n', keys.find('KRS')))).toBe('keir\tkiers');
    expect(text.slice(keys.find('A'), text.indexOf('\n', keys.find('A')))).toBe('ça\té-x');
    for (const miss of ['KR', 'KRS\tkeir', 'keir', '', 'STRMR\n', 'ST']) expect(keys.find(miss)).toBe(-1);
    const words = new LineTable(text, LineTable.build(text, 9, blank + 1), 9);
    expect(words.find('selenskyj')).toBe(text.lastIndexOf('3'));
    expect(words.find('keir')).toBe(text.indexOf('keir\t1') + 5);
    expect(words.find('KRS')).toBe(-1);
  });

  it('finds the same lines, and gives the same rest of a line, read back from its packed bytes (Latin-1 or UTF-16)', () => {
    for (const t of [text, 'apple\nBerry\n\nüber\na\tb', 'Łukasz\tżółć\nkeir\t1']) {
      for (const sep of [9, 10] as const) {
        const built = new LineTable(t, LineTable.build(t, sep), sep);
        const back = unpackText(Buffer.concat(packText(t, [built.starts])), 1)!;
        expect(back.text).toBeInstanceOf(/[^\u0000-\u00ff]/.test(t) ? Uint16Array : Uint8Array);
        const read = new LineTable(back.text, back.tables[0]!, sep);
        for (const line of t.split('\n')) {
          const key = sep === 9 ? line.split('\t')[0]! : line;
          for (const probe of [key, key.slice(1), `${key}x`]) {
            expect(read.find(probe)).toBe(built.find(probe));
            if (built.find(probe) >= 0) expect(read.lineRest(read.find(probe))).toBe(built.lineRest(built.find(probe)));
          }
        }
      }
    }
  });

  it('finds whole lines as a set of the lines would', () => {
    const lines = ['apple', 'Berry', '', 'über', 'a\tb'];
    const t = lines.join('\n');
    const set = new LineTable(t, LineTable.build(t, 10), 10);
    for (const w of [...lines, 'appl', 'apples', 'berry', 'a', '\n', 'apple\nBerry']) expect(set.find(w) >= 0).toBe(new Set(lines).has(w));
  });

  it('is packed with its text as cache file pieces and read back, and refuses bytes that are not such a file', () => {
    const tables = [LineTable.build(text, 9, 0, 20), LineTable.build(text, 10)];
    const bytes = Buffer.concat(packText(text, tables));
    const back = unpackText(bytes, 2);
    expect(unitsText(back!.text)).toBe(text);
    expect(back?.tables).toEqual(tables);
    // unaligned bytes are copied first
    const shifted = Buffer.concat([Buffer.alloc(1), bytes]).subarray(1);
    expect(unitsText(unpackText(shifted, 2)!.text)).toBe(text);
    expect(unpackText(bytes, 1)).toBeUndefined();
    expect(unpackText(bytes.subarray(0, bytes.length - 4), 2)).toBeUndefined();
    expect(unpackText(Buffer.concat([bytes, Buffer.alloc(4)]), 2)).toBeUndefined();
    expect(unpackText(Buffer.from('garbage'), 2)).toBeUndefined();
    expect(unpackText(Buffer.alloc(0), 2)).toBeUndefined();
    // slots that point outside the text (a file not written by packText) find nothing
    const bad = Buffer.from(bytes);
    for (let at = bad.length - 4 * tables[1]!.length; at < bad.length; at += 4) bad.writeInt32LE(at % 8 === 0 ? -7 : text.length + 5, at);
    const t = unpackText(bad, 2)!;
    const lines = new LineTable(t.text, t.tables[1]!, 10);
    for (const w of ['', 'KRS', 'selenskyj\t3']) expect(lines.find(w)).toBe(-1);
  });

  it('finds nothing through a slot that points inside a line (a damaged file), where a suffix of the line would match', () => {
    const t = 'testing\nkeir';
    const starts = new Int32Array(1024).fill(0);
    // every slot says "a line starts at 4" ("ing"): a lookup of "ing" must not take the suffix for a line
    starts.fill(4 + 1);
    const table = new LineTable(t, starts, 10);
    expect(table.find('ing')).toBe(-1);
    expect(new LineTable(t, LineTable.build(t, 10), 10).find('ing')).toBe(-1);
    expect(new LineTable(t, LineTable.build(t, 10), 10).find('testing')).toBe(7);
  });

  it('keeps a text with a lone surrogate as it is (UTF-8 would make it U+FFFD), so the table finds the same lines read back', () => {
    for (const t of ['a\ud800b\tx\nkeir\ty', '\udc00\t1\nz\t2', 'x\ud83d\ude00\t3\ny\t4']) {
      const back = unpackText(Buffer.concat(packText(t, [LineTable.build(t, 9)])), 1)!;
      expect(unitsText(back.text)).toBe(t);
      const table = new LineTable(back.text, back.tables[0]!, 9);
      const first = t.split('\n')[0]!.split('\t')[0]!;
      expect(table.find(first)).toBe(new LineTable(t, LineTable.build(t, 9), 9).find(first));
      expect(table.find(first)).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a file of another layout (written by older code): the first number is the layout, not the text length', () => {
    const tables = [LineTable.build(text, 10)];
    const bytes = Buffer.concat(packText(text, tables));
    expect(unitsText(unpackText(bytes, 1)!.text)).toBe(text);
    // the layout before the format number: text length, table count, table lengths
    const old = Buffer.concat([bytes.subarray(4)]);
    expect(unpackText(old, 1)).toBeUndefined();
    const otherFormat = Buffer.from(bytes);
    otherFormat.writeInt32LE(otherFormat.readInt32LE(0) + 1, 0);
    expect(unpackText(otherFormat, 1)).toBeUndefined();
  });
});

describe('the name index postings file (src/names/index-cache.ts) with empty parts', () => {
  it('reads back postings without spellings, spellings without postings, and neither', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { BuiltPostings, readPostings, writePostings } = await import('../../src/names/index-cache.ts');
    const saved = { ...process.env };
    const dir = mkdtempSync(join(tmpdir(), 'translint-postings-'));
    process.env.TRANSLINT_CACHE_DIR = dir;
    delete process.env.TRANSLINT_CACHE;
    try {
      const spelled = new Map([['keir', { same: ['keir'], all: ['keir', 'kir'], conventions: [0, 3], keys: ['KR'] }]]);
      const cases: [Map<string, string[]>, typeof spelled][] = [
        [new Map([['KR', ['keir']]]), new Map()],
        [new Map(), spelled],
        [new Map(), new Map()],
      ];
      cases.forEach(([postings, sp], i) => {
        writePostings(`p${i}.tlc`, new BuiltPostings(postings, sp));
        const read = readPostings(`p${i}.tlc`);
        expect(read).toBeDefined();
        expect(read?.get('KR')).toEqual(postings.get('KR'));
        expect(read?.spellings('keir')).toEqual(sp.get('keir'));
        expect(read?.get('')).toBeUndefined();
        expect(read?.spellings('')).toBeUndefined();
      });
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
