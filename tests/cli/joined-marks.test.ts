import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import type { Finding } from '../../src/findings/finding.ts';
import { inputFormats, type InputFormatName } from '../../src/inputs/index.ts';
import { translint } from '../helpers/cli.ts';

// A file that opens with two U+FEFF (two files joined, each with its byte-order mark): the first is the
// encoding's mark, the second a character of the text. Every input format dropped the second too, while the
// CLI reports against the text that keeps it, so every finding was one character off (" govermen").

const MARK = '\ufeff';
const FILES: [string, InputFormatName, string][] = [
  ['a.txt', 'text', 'The goverment said so.\n'],
  ['a.md', 'markdown', '# Title\n\nThe goverment said so.\n'],
  ['a.po', 'po', 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Die Regierung"\nmsgstr "The goverment said so."\n'],
  ['a.html', 'html', '<html><body><p>The goverment said so.</p></body></html>\n'],
  ['a.json', 'json', '{"a": "The goverment said so."}\n'],
  ['a.tsv', 'tsv', 'source\ttarget\nDie Regierung\tThe goverment said so.\n'],
  [
    'a.xlf',
    'xliff',
    '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a"><body><trans-unit id="1"><source>Die Regierung</source><target>The goverment said so.</target></trans-unit></body></file></xliff>\n',
  ],
  ['a.xml', 'xml', '<?xml version="1.0"?>\n<doc><p>The goverment said so.</p></doc>\n'],
];

const dir = mkdtempSync(join(tmpdir(), 'translint-marks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that opens with two byte-order marks', () => {
  it('check: every range slices the text after the first mark (the second kept) to the flagged word, in every format', () => {
    const paths = FILES.map(([name, , body]) => {
      const path = join(dir, name);
      writeFileSync(path, MARK + MARK + body);
      return path;
    });
    const r = translint(['check', '--format', 'json', '--rules', 'spelling/non-word', ...paths]);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: Finding[] }[] };
    const slices = out.files.map((f) => {
      const text = readFileSync(f.path, 'utf8').slice(1);
      expect(text.startsWith(MARK)).toBe(true);
      return [f.path, ...f.findings.map((x) => text.slice(x.range.start.offset, x.range.end.offset))];
    });
    expect(slices).toEqual(paths.map((p) => [p, 'goverment']));
  });

  it.each(FILES)('the library (%s): the second mark stays in the text, and the finding slices it to the word', (name, format, body) => {
    const doc = inputFormats[format].parse(MARK + MARK + body, name);
    expect(doc.bom).toBe(true);
    expect(doc.text).toBe(MARK + body);
    const findings = createChecker({ rules: ['spelling/non-word'] }).check(doc).findings;
    expect(findings.map((f) => [doc.text.slice(f.range.start.offset, f.range.end.offset), f.range.start.offset])).toEqual([['goverment', doc.text.indexOf('goverment')]]);
  });
});
