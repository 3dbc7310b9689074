import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.ts';
import { translint } from '../helpers/cli.ts';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
const XML_1252 = Buffer.concat([
  Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n<nitf><body><body.content><p>'),
  Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), // “Café”
  Buffer.from('</p></body.content></body></nitf>\n'),
]);
const PO_LATIN1 = Buffer.concat([
  Buffer.from('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Cafe"\nmsgstr "Caf'),
  Buffer.from([0xe9]),
  Buffer.from('"\n'),
]);

describe('decodeBytes', () => {
  it('decodes UTF-16 with a byte-order mark, little and big endian, without the mark', () => {
    expect(decodeBytes(utf16le('Keir Starrer said'), 'a.txt')).toEqual({ ok: true, text: 'Keir Starrer said', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(utf16be('Keir Starrer said'), 'a.txt')).toEqual({ ok: true, text: 'Keir Starrer said', encoding: 'utf-16be', bom: true });
  });

  it('detects UTF-16 XML without a byte-order mark from its "<?"', () => {
    const r = decodeBytes(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><x/>', 'utf16le'), 'a.xml');
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16le', text: '<?xml version="1.0" encoding="UTF-16"?><x/>' });
  });

  it('keeps a UTF-8 byte-order mark as U+FEFF for the caller to strip and restore', () => {
    expect(decodeBytes(Buffer.from('\ufeffhello'), 'a.txt')).toEqual({ ok: true, text: '\ufeffhello', encoding: 'utf-8', bom: true });
  });

  it("honours an XML declaration's encoding and a PO header's charset", () => {
    const xml = decodeBytes(XML_1252, 'story.xml');
    expect(xml).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(xml.ok && xml.text).toContain('<p>“Café”</p>');
    const po = decodeBytes(PO_LATIN1, 'fr.po');
    expect(po).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(po.ok && po.text).toContain('msgstr "Café"');
  });

  it("honours an HTML file's <meta charset>, and reads one without it as UTF-8", () => {
    const meta = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><p>\x93caf\xe9\x94</p>', 'latin1');
    expect(decodeBytes(meta, 'a.html')).toMatchObject({ ok: true, encoding: 'windows-1252', text: expect.stringContaining('<p>“café”</p>') });
    expect(decodeBytes(Buffer.from('<meta charset="koi8-r"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>', 'latin1'), 'b.htm')).toMatchObject({ ok: true, text: '<meta charset="koi8-r"><p>Привет</p>' });
    expect(decodeBytes(Buffer.from('<p>caf\xe9</p>', 'latin1'), 'c.html')).toMatchObject({ ok: false, error: 'c.html:1: invalid UTF-8 at byte 6', line: 1 });
  });

  it('honours the <meta charset> of an input read as HTML whatever its name (stdin, a .txt file), and only then', () => {
    const meta = Buffer.from('<meta charset="windows-1252"><p>\x93caf\xe9\x94</p>', 'latin1');
    const read = { ok: true, encoding: 'windows-1252', text: '<meta charset="windows-1252"><p>“café”</p>' };
    expect(decodeBytes(meta, '<stdin>', 'html')).toMatchObject(read);
    expect(decodeBytes(meta, 'page.txt', 'html')).toMatchObject(read);
    expect(decodeBytes(meta, 'page.html', 'text')).toMatchObject(read);
    expect(decodeBytes(meta, '<stdin>')).toMatchObject({ ok: false, error: '<stdin>:1: invalid UTF-8 at byte 32' });
    expect(decodeBytes(meta, '<stdin>', 'markdown')).toMatchObject({ ok: false, error: '<stdin>:1: invalid UTF-8 at byte 32' });
  });

  it('refuses an encoding it does not know, and bytes invalid in the encoding chosen, naming the file', () => {
    expect(decodeBytes(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><x/>'), 'a.xlf')).toEqual({
      ok: false,
      binary: false,
      error: 'a.xlf: encoding "x-klingon" (declared in the XML declaration) is not supported',
      detail: 'encoding "x-klingon" (declared in the XML declaration) is not supported',
    });
    expect(decodeBytes(Buffer.from([0x61, 0x62, 0xff, 0x63]), 'b.txt')).toEqual({ ok: false, binary: false, error: 'b.txt:1: invalid UTF-8 at byte 2', line: 1, detail: 'invalid UTF-8 at byte 2' });
    const r = decodeBytes(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?><x>'), Buffer.from([0xe9]), Buffer.from('</x>')]), 'c.xml');
    expect(r).toMatchObject({ ok: false, binary: false, error: 'c.xml:1: invalid UTF-8 at byte 41 (the encoding comes from the XML declaration)', line: 1 });
    // the line, counted in what decodes before the bad bytes: a lone surrogate on line 2 of a UTF-16 file
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('one\ntwo ', 'utf16le'), Buffer.from([0x00, 0xdc]), Buffer.from('\n', 'utf16le')]);
    expect(decodeBytes(utf16, 'd.txt')).toMatchObject({ ok: false, line: 2 });
  });

  it('calls a file with NUL bytes and no byte-order mark binary, naming the first', () => {
    const detail = 'binary file, not text (a NUL byte at byte 4)';
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'a.png')).toEqual({ ok: false, binary: true, error: `a.png: ${detail}`, detail });
    // a stray NUL in text, a NUL in every other byte on both sides, and UTF-16 holding control characters
    for (const bytes of [Buffer.from('<p>a\0b</p>'), Buffer.from('Keir\0\0\0Sta'), Buffer.from('Keir\u0001Starrer', 'utf16le')]) {
      expect(decodeBytes(bytes, 'a.html')).toMatchObject({ ok: false, binary: true });
    }
  });

  it.each([
    ['utf-16le', 'The goverment said.\nCafé, naïve.\n'],
    ['utf-16be', 'The goverment said.\r\n'],
  ] as const)('reads %s without a byte-order mark from where its NUL bytes are', (encoding, text) => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ ok: true, text, encoding, bom: false });
  });

  it.each([
    ['a lone high surrogate, little endian', 'utf-16le', [0x00, 0xd8], 'invalid UTF-16LE at byte 36: a high surrogate (U+D800) without its pair'],
    ['a lone low surrogate, little endian', 'utf-16le', [0x00, 0xdc], 'invalid UTF-16LE at byte 36: a low surrogate (U+DC00) without its pair'],
    ['a lone high surrogate, big endian', 'utf-16be', [0xd8, 0x3d], 'invalid UTF-16BE at byte 36: a high surrogate (U+D83D) without its pair'],
  ] as const)('calls UTF-16 without a byte-order mark holding %s invalid UTF-16, not binary', (_, encoding, unit, detail) => {
    const part = (s: string) => (encoding === 'utf-16le' ? Buffer.from(s, 'utf16le') : Buffer.from(s, 'utf16le').swap16());
    const bytes = Buffer.concat([part('Hello there.\nMore '), Buffer.from(unit), part(' text.\n')]);
    const full = `${detail} (the encoding comes from its bytes, every other one 0)`;
    expect(decodeBytes(bytes, 'u.txt')).toEqual({ ok: false, binary: false, error: `u.txt:2: ${full}`, line: 2, detail: full });
  });

  it('calls UTF-16 without a byte-order mark cut short (an odd last byte) invalid UTF-16, and reads a U+0100 in it', () => {
    const cut = Buffer.concat([Buffer.from('Hello there.\n', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeBytes(cut, 'c.txt')).toMatchObject({ ok: false, binary: false, error: 'c.txt:2: invalid UTF-16LE at byte 26: a last byte with no other to make a code unit (the encoding comes from its bytes, every other one 0)' });
    expect(decodeBytes(Buffer.from('Ālvarez said so.\n', 'utf16le'), 'a.txt')).toEqual({ ok: true, text: 'Ālvarez said so.\n', encoding: 'utf-16le', bom: false });
  });
});

describe('translint check on files in other encodings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-decode-'));

  it('refuses UTF-16 without a byte-order mark holding a lone surrogate as invalid UTF-16, exit 2, naming the file and line', () => {
    writeFileSync(join(dir, 'lone.txt'), Buffer.concat([Buffer.from('Hello.\nMore ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from(' text.\n', 'utf16le')]));
    writeFileSync(join(dir, 'fine.txt'), 'Fine.\n');
    const r = translint(['check', 'lone.txt', 'fine.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('translint: lone.txt:2: invalid UTF-16LE at byte 24: a high surrogate (U+D800) without its pair (the encoding comes from its bytes, every other one 0)\n');
  });

  it('checks a UTF-16 file instead of skipping it with exit 0', () => {
    writeFileSync(join(dir, 'story.txt'), utf16le('The goverment of Keir Starrer said so.\n'));
    const r = translint(['check', '--format', 'json', join(dir, 'story.txt')]);
    expect(r.stderr).not.toContain('binary');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { text: string }) => f.text)).toContain('goverment');
  });

  it('checks a windows-1252 XML file and refuses an unknown encoding with exit 2 and one line', () => {
    writeFileSync(join(dir, 'story.nitf'), XML_1252);
    expect(translint(['check', join(dir, 'story.nitf')]).status).toBe(0);
    writeFileSync(join(dir, 'bad.xlf'), '<?xml version="1.0" encoding="x-klingon"?><xliff/>');
    const r = translint(['check', join(dir, 'bad.xlf')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('x-klingon'))).toHaveLength(1);
    expect(r.stderr).toContain('bad.xlf');
  });

  it('refuses --fix on a file that is not UTF-8 rather than rewriting it in another encoding, and reports its findings', () => {
    const bytes = utf16le('The goverment of Keir Starrer said so.\n');
    writeFileSync(join(dir, 'fix.txt'), bytes);
    const r = translint(['check', '--fix', join(dir, 'fix.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fix\.txt: --fix writes UTF-8 only; this file is utf-16le/);
    expect(r.stdout).toContain('"Keir Starrer" looks like a misspelling');
    expect(readFileSync(join(dir, 'fix.txt'))).toEqual(bytes);
  });

  it.each([
    ['UTF-16 with a byte-order mark', [], utf16le('The goverment of Keir Starrer said so.\n'), 'utf-16le'],
    ['HTML whose <meta> names windows-1252', ['--input-format', 'html'], Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>The caf'), Buffer.from([0xe9]), Buffer.from(' of Keir Starrer.</p>\n')]), 'windows-1252'],
  ])('refuses --fix on stdin that is %s as on a file: nothing printed, one line naming <stdin>, exit 2, findings in the report', (_, args, bytes, encoding) => {
    const r = translint(['check', '--fix', '--format', 'json', '-o', 'fix-report.json', ...args, '-'], { cwd: dir, input: bytes });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`translint: <stdin>: --fix writes UTF-8 only; this file is ${encoding} (convert it first)\n`);
    const report = JSON.parse(readFileSync(join(dir, 'fix-report.json'), 'utf8')) as { files: { findings: { text: string }[] }[]; failures: { path: string }[] };
    expect(report.files[0]?.findings.map((f) => f.text)).toContain('Keir Starrer');
    expect(report.failures.map((f) => f.path)).toEqual(['<stdin>']);
  });

  it('--fix - in UTF-8 prints the fixed text and writes the report to -o', () => {
    const r = translint(['check', '--fix', '--format', 'json', '-o', 'utf8-report.json', '-'], { cwd: dir, input: 'The café of Keir Starrer.\n' });
    expect(r.stdout).toBe('The café of Keir Starmer.\n');
    expect(r.stderr).toBe('translint: fixed 1 problem in 1 file\n');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'utf8-report.json'), 'utf8')) as { files: { findings: unknown[] }[] };
    // what is left after the fix
    expect(report.files[0]?.findings).toEqual([]);
  });

  // a patch is UTF-8 text: of a file in another encoding it would not apply (git apply refuses it)
  const LATIN1_XML = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<doc><p>Caf'), Buffer.from([0xe9]), Buffer.from(' owners told Cnn so.</p></doc>\n')]);
  const HTML_1252 = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93]), Buffer.from('Open,'), Buffer.from([0x94]), Buffer.from(' Cnn said.</p></body></html>\n')]);
  it.each([
    ['u16.txt', utf16le('The Cnn said so.\n'), 'utf-16le'],
    ['u16.xml', Buffer.from('<?xml version="1.0" encoding="UTF-16"?>\n<doc><p>The Cnn said so.</p></doc>\n', 'utf16le'), 'utf-16le'],
    // (the label ISO-8859-1 names windows-1252, as in the WHATWG Encoding standard)
    ['latin1.xml', LATIN1_XML, 'windows-1252'],
    ['w1252.html', HTML_1252, 'windows-1252'],
  ] as const)('refuses --diff on %s, which is not UTF-8, with one line naming it, and still counts its findings', (name, bytes, encoding) => {
    writeFileSync(join(dir, name), bytes);
    const r = translint(['check', '--diff', name], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`translint: ${name}: --diff writes UTF-8 only; this file is ${encoding} (convert it first)\n`);
    const json = translint(['check', '--format', 'json', '--fix', name], { cwd: dir });
    expect((JSON.parse(json.stdout) as { files: { findings: { text: string }[] }[] }).files[0]?.findings.map((f) => f.text)).toEqual(['Cnn']);
  });

  it('reads HTML on stdin in the encoding its <meta> names, as the same bytes in an .html file', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>The caf'), Buffer.from([0xe9]), Buffer.from(' owners told Cnn so.</p></body></html>\n')]);
    writeFileSync(join(dir, 'page.html'), page);
    const findings = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: { encoding?: string; findings: { text: string; range: { start: { offset: number } } }[] }[] }).files[0];
    const file = translint(['check', '--format', 'json', 'page.html'], { cwd: dir });
    const stdin = translint(['check', '--format', 'json', '--input-format', 'html', '-'], { cwd: dir, input: page });
    expect(stdin.stderr).toBe('');
    // (exit 1: a finding of severity error, as for the file)
    expect([stdin.status, file.status]).toEqual([1, 1]);
    // offsets into the decoded text: "é" is one character, not two bytes of mojibake
    expect(findings(stdin)?.findings.map((f) => [f.text, f.range.start.offset])).toEqual([['Cnn', page.toString('latin1').indexOf('Cnn')]]);
    expect(findings(stdin)?.findings).toEqual(findings(file)?.findings);
  });

  it('refuses --diff on stdin that is not UTF-8', () => {
    const r = translint(['check', '--diff', '-'], { input: utf16le('The Cnn said so.\n') });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('translint: <stdin>: --diff writes UTF-8 only; this file is utf-16le (convert it first)\n');
  });

  it('refuses to review a file that is not UTF-8 before asking anything, and leaves it as it is', () => {
    writeFileSync(join(dir, 'review.html'), HTML_1252);
    const r = translint(['review', 'review.html'], { cwd: dir, input: 'y\n' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('translint: review.html: review writes UTF-8 only; this file is windows-1252 (convert it first)\n');
    expect(readFileSync(join(dir, 'review.html'))).toEqual(HTML_1252);
  });
});
