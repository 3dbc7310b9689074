import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NAMES_DIR, nameData } from '../../src/names/data.ts';

describe('name data (src/names/data.ts)', () => {
  // the cache keeps the YAML files as JSON: that must lose nothing (no dates, no undefined, no special numbers)
  it.each(['transliteration.yaml', 'particles.yaml'])('%s reads back from JSON as parsed', (file) => {
    const parsed = parse(readFileSync(NAMES_DIR + file, 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  it('is read (from the cache or the files) with its conventions and particles', () => {
    const d = nameData();
    expect(d.conventions.length).toBeGreaterThan(3);
    expect(d.particles.has('von')).toBe(true);
    expect(d.canon.every(([re]) => re instanceof RegExp && re.global)).toBe(true);
  });
});

describe('the syllable patterns of the name data', () => {
  it('read a long word that fails at its last letter in one pass (familyFirst reads the syllabic n one way only)', () => {
    // with n read as a syllable of its own or the start of the next, "nanana…x" had 2^40 readings to try
    expect(nameData().familyFirst.test(`${'na'.repeat(40)}x`)).toBe(false);
    expect(nameData().familyFirst.test('shinichi')).toBe(true);
    expect(nameData().familyFirst.test('onna')).toBe(true);
  });
});
