import { describe, expect, it } from 'vitest';
import { StringTable } from '../../src/glossary/string-table.ts';

describe('StringTable', () => {
  it('maps each key to its values and nothing else', () => {
    const map = new Map<string, number[]>([
      ['starmer', [1, 2]],
      ['keir', [3]],
      ['', [4]],
      ['élysée', [5, 6, 7]],
      ['🙂x', [8]],
    ]);
    const t = StringTable.build(map);
    for (const [k, v] of map) expect([...(t.get(k) ?? [])]).toEqual(v);
    for (const k of ['starme', 'starmerr', 'Starmer', 'keirs', 'elysee', '🙂']) expect(t.has(k)).toBe(false);
  });

  it('keeps every key of a large table apart, colliding hashes included', () => {
    const map = new Map<string, number[]>();
    for (let i = 0; i < 5000; i++) map.set(`w${i.toString(36)}`, [i, i * 2]);
    const t = StringTable.build(map);
    for (let i = 0; i < 5000; i++) expect([...(t.get(`w${i.toString(36)}`) ?? [])]).toEqual([i, i * 2]);
    expect(t.get('w-1')).toBeUndefined();
  });

  it('is rebuilt from its parts unchanged (what the glossary cache stores)', () => {
    const t = StringTable.build(new Map([['a', [1]], ['bb', [2, 3]]]));
    const { slots, keyStarts, valueStarts, values, keys } = t.parts();
    const back = new StringTable(new Int32Array(slots), new Int32Array(keyStarts), new Int32Array(valueStarts), new Int32Array(values), keys);
    expect([...(back.get('bb') ?? [])]).toEqual([2, 3]);
    expect(back.has('b')).toBe(false);
  });

  it('an empty table finds nothing', () => {
    expect(StringTable.build(new Map()).has('x')).toBe(false);
  });
});
