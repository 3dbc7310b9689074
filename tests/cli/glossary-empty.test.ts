import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

/** A folder holding a.txt, with one wrong form of the glossaries' term, and the glossary `name`. */
function project(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-empty-glossary-'));
  writeFileSync(join(dir, 'a.txt'), 'We fitted a gizmo today.\n');
  writeFileSync(join(dir, name), text);
  return dir;
}

const check = (dir: string, name: string) => translint(['check', '--no-default-glossary', '-g', name, '--format', 'compact', 'a.txt'], { cwd: dir });

/** A TBX file whose one concept, at line 4, is written `concept` (a widget, with gizmo deprecated). */
const tbx = (concept: string) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '<text><body>',
    concept,
    '</body></text>',
    '</martif>',
  ].join('\n');
const widget = (termEntry: string, langSet = 'langSet', tig = 'tig', term = 'term') =>
  `<${termEntry} id="w"><${langSet} xml:lang="en">` +
  `<${tig}><${term}>widget</${term}></${tig}>` +
  `<${tig}><${term}>gizmo</${term}><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></${tig}>` +
  `</${langSet}></${termEntry}>`;

describe('a glossary that reads as no entry (subprocess)', () => {
  it('checks with a well-formed TBX glossary: the deprecated term is flagged', () => {
    const dir = project('g.tbx', tbx(widget('termEntry')));
    const r = check(dir, 'g.tbx');
    expect([r.status, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toContain('a.txt:1:13: error "gizmo" is a known wrong form of "widget"');
  });

  const noConcept = 'no term read: no <termEntry> or <conceptEntry> element (the first element after the header is <termEntyr>)';
  const noTerm = 'no term read: its one concept has no preferred or admitted English term (no <term> was read in a <tig>, <ntig> or <termSec> of a <langSet> or <langSec>)';
  it.each([
    ['g.tbx', 'a misspelt <termEntry>', tbx(widget('termEntyr')), `g.tbx:4: ${noConcept}`],
    ['g.tbx', 'a misspelt <langSet>', tbx(widget('termEntry', 'langSte')), 'g.tbx:4: no term read: its one concept has no preferred or admitted English term (terms were read only outside a <langSet> or <langSec> naming its xml:lang; English is xml:lang "en" or "en-…")'],
    ['g.tbx', 'a misspelt <tig>', tbx(widget('termEntry', 'langSet', 'tgi')), `g.tbx:4: ${noTerm}`],
    ['g.tbx', 'a misspelt <term>', tbx(widget('termEntry', 'langSet', 'tig', 'trem')), `g.tbx:4: ${noTerm}`],
    ['g.csv', 'an empty CSV file', '', 'g.csv:1: empty glossary: expected a header naming the columns (term, variants, category, note, caseSensitive, fix), then one entry a row'],
  ])('refuses %s with %s: one line naming the file and line, exit 2, nothing checked', (name, _what, text, message) => {
    const r = check(project(name, text), name);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${message}\n`]);
  });

  it.each([
    ['g.json', '{"entries": []}\n'],
    ['g.json', '[]\n'],
    ['g.yaml', 'name: none yet\nentries: []\n'],
    ['g.csv', 'term,variants\n'],
    ['g.tbx', tbx('')],
  ])('accepts %s written as an empty glossary on purpose (%j): exit 0, no finding', (name, text) => {
    const r = check(project(name, text), name);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '0 problems (0 errors, 0 warnings, 0 info)\n', '']);
  });
});
