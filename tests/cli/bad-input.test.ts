import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, translint } from '../helpers/cli.ts';

const HAS_MKFIFO = spawnSync('sh', ['-c', 'command -v mkfifo']).status === 0;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'translint-bad-'));
}

describe('bad input (subprocess)', () => {
  it('checks empty files, and files holding only a BOM, with no findings and exit 0', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'bom.txt'), '\ufeff');
    const r = translint(['check', '--format', 'json', 'empty.txt', 'empty.md', 'bom.txt'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: unknown[] }[]; summary: { files: number; findings: number } };
    expect(out.files.map((f) => [f.path, f.findings.length])).toEqual([
      ['empty.txt', 0],
      ['empty.md', 0],
      ['bom.txt', 0],
    ]);
    expect(out.summary).toMatchObject({ files: 3, findings: 0 });
    // --fix leaves an empty file alone
    const fix = translint(['check', '--fix', 'empty.txt'], { cwd: dir });
    expect([fix.status, fix.stdout, fix.stderr]).toEqual([0, '', '']);
  });

  it('refuses a directory given as the NDJSON file or as stdin in one line naming it, exit 2', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'd.ndjson'));
    // the NDJSON file: it opened, and its first read ended the run as an internal error (EISDIR)
    const nd = translint(['check', '--ndjson', 'd.ndjson'], { cwd: dir });
    expect([nd.status, nd.stdout, nd.stderr]).toEqual([2, '', 'translint: d.ndjson: is a directory\n']);
    // stdin: Node reads a directory as a stream that ends at once, and it passed as a clean empty text
    const fd = openSync(join(dir, 'd.ndjson'), 'r');
    try {
      for (const [args, stdout] of [
        [['check', '-'], ''],
        [['check'], ''],
        [['check', '--ndjson', '-'], ''],
        [['check', '--format', 'json', '-'], '{"version":1,"files":[],"failures":[{"path":"<stdin>","message":"<stdin>: is a directory"}],"summary":{"files":0,"findings":0,"errors":0,"warnings":0,"infos":0,"fixable":0}}\n'],
      ] as const) {
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
        expect([args, r.status, r.stdout, r.stderr]).toEqual([args, 2, stdout, 'translint: <stdin>: is a directory\n']);
      }
    } finally {
      closeSync(fd);
    }
    // an empty stdin is still a clean empty text
    expect(translint(['check', '-'], { cwd: dir, input: '' })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    [['check', '--source', 'D', 'a.txt'], 'D: is a directory (--source)'],
    [['check', '-c', 'D', 'a.txt'], 'D: is a directory (--config)'],
    [['check', '--config=D.json', 'a.txt'], 'D.json: is a directory (--config)'],
    [['check', '--baseline', 'D', 'a.txt'], 'D: is a directory (--baseline)'],
    [['check', '-g', 'g.json', '-g', 'D.yaml', 'a.txt'], 'D.yaml: is a directory (--glossary)'],
    [['check', '--source-dir', 'a.txt', 'a.txt'], 'a.txt: is not a directory (--source-dir)'],
    [['review', '-c', 'D', 'a.txt'], 'D: is a directory (--config)'],
    [['review', '-g', 'D', 'a.txt'], 'D: is a directory (--glossary)'],
    [['watch', 'in', '--out', 'out', '-c', 'D.json'], 'D.json: is a directory (--config)'],
    [['watch', 'in', '--out', 'out', '-g', 'D'], 'D: is a directory (--glossary)'],
    [['serve', '--port', '0', '-g', 'D'], 'D: is a directory (--glossary)'],
  ])('refuses a folder given where a file is read: %j, in one line naming the option, exit 2', (args, message) => {
    const dir = tmp();
    for (const d of ['D', 'D.json', 'D.yaml', 'in']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    writeFileSync(join(dir, 'g.json'), '[]');
    const r = translint(args, { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${message}\n`]);
  });

  it('refuses a folder named as a glossary in a configuration file in one line naming it', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'terms.yaml'));
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    writeFileSync(join(dir, '.translintrc.json'), JSON.stringify({ glossaries: ['terms.yaml'] }));
    const r = translint(['check', 'a.txt'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^translint: [^\n]*terms\.yaml: is a directory\n$/);
  });

  it('names stdin and an NDJSON record in the error of a text invalid in its format, as it names them elsewhere', () => {
    // the parsers were given the input's path, which stdin and a record have not, and said <input>
    const r = translint(['check', '--input-format', 'xml'], { input: '<a><b>' });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'translint: <stdin>:1: unclosed tag: b\n']);
    const json = translint(['check', '--input-format', 'xml', '--format', 'json', '-'], { input: '<a>\n<b>' });
    expect(JSON.parse(json.stdout).failures).toEqual([{ path: '<stdin>', message: '<stdin>:2: unclosed tag: b', line: 2 }]);
    const records = [
      { id: 5, text: '<a><b>', format: 'xml' },
      { id: 'wire-7', text: '<p>Keir Starrer</p>' },
      { id: 'wire-8', text: '<xliff version="1.2"><file', format: 'xliff' },
    ];
    const nd = translint(['check', '--ndjson', '--input-format', 'html', '-'], { input: records.map((x) => JSON.stringify(x)).join('\n') + '\n' });
    expect(nd.status).toBe(1);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(lines.map((l) => [l.id, l.error])).toEqual([
      [5, '5:1: unclosed tag: b'],
      ['wire-7', undefined],
      ['wire-8', 'wire-8:1: unclosed tag: xliff'],
    ]);
  });

  it.runIf(existsSync('/dev/zero'))('refuses a file with no size to stat once it gives more than --max-file-size (/dev/zero, as a text and as an original)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Keir Starmer spoke.\n');
    for (const args of [['/dev/zero', 'a.txt'], ['--source', '/dev/zero', 'a.txt']]) {
      const r = translint(['check', '--max-file-size', '100000', ...args], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([2, 'translint: /dev/zero: over the limit of 100000 bytes (--max-file-size)\n']);
    }
  });

  it.runIf(existsSync('/dev/zero'))('refuses a glossary, configuration or baseline that never ends, at a limit of its own', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Keir Starmer spoke.\n');
    symlinkSync('/dev/zero', join(dir, 'g.yaml'));
    symlinkSync('/dev/zero', join(dir, 'c.yaml'));
    const runs = [
      [['-g', 'g.yaml'], 'translint: g.yaml: over the limit of 268435456 bytes (the limit for a glossary)\n'],
      [['-c', 'c.yaml'], 'translint: c.yaml: over the limit of 16777216 bytes (the limit for a configuration)\n'],
      [['--baseline', '/dev/zero'], 'translint: /dev/zero: over the limit of 268435456 bytes (the limit for a baseline)\n'],
    ] as const;
    for (const [args, stderr] of runs) {
      const r = translint(['check', ...args, 'a.txt'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([2, stderr]);
    }
  });

  it('refuses a baseline or glossary that is not what it should be with one line naming the file, exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Keir Starmer spoke.\n');
    writeFileSync(join(dir, 'null.json'), 'null');
    writeFileSync(join(dir, 'list.json'), '[]');
    writeFileSync(join(dir, 'story.txt'), 'Hi.\nCnn said it.\n');
    writeFileSync(join(dir, 'g.json'), 'Hi.\nCnn said it.\n');
    writeFileSync(join(dir, 'h.json'), '{"entries":\n x}\n');
    writeFileSync(join(dir, 'cut.json'), '{"version": 1,\n "files": {"a.txt": [');
    // JSON.parse's own words quote the file and differ between Node versions: its line breaks show as \n
    const notBaseline = 'not a translint baseline (expected {"version": 1, "files": {path: [fingerprints]}})';
    const runs = [
      [['--baseline', 'null.json'], `${join(dir, 'null.json')}: ${notBaseline}`, ''],
      [['--baseline', 'list.json'], `${join(dir, 'list.json')}: ${notBaseline}`, ''],
      // with the line (and for a baseline the column) where the JSON goes wrong, which JSON.parse does not always give
      [['--baseline', 'story.txt'], `${join(dir, 'story.txt')}:1:1: not valid JSON: `, 'Hi.\\nCnn said it.\\n'],
      [['--baseline', 'cut.json'], `${join(dir, 'cut.json')}:2:22: not valid JSON: `, 'Unexpected end of JSON input'],
      [['-g', 'g.json'], 'g.json:1: invalid JSON: ', 'Hi.\\nCnn said it.\\n'],
      [['-g', 'h.json'], 'h.json:2: invalid JSON: ', ':\\n x}\\n'],
    ] as const;
    for (const [args, start, quoted] of runs) {
      const r = translint(['check', ...args, 'a.txt'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr.startsWith(`translint: ${start}`), r.stderr).toBe(true);
      expect(r.stderr.indexOf('\n')).toBe(r.stderr.length - 1);
      expect(r.stderr).toContain(quoted);
    }
  });

  it.each([
    ['a value of the wrong kind, three lines into its entry', '[\n  {"term": "A"},\n  {"term": "B",\n   "variants": ["b"],\n   "fix": 7}\n]\n', 'g.json:5: "fix" must be one of auto, suggest, warn, not "7"'],
    ['an unknown key, in the list under "entries"', '{\n  "entries": [\n    {"term": "A"},\n    {\n      "term": "B",\n      "colour": "red"\n    }\n  ]\n}\n', 'g.json:6: unknown key "colour"'],
    ['a list item that is no string, on a line of its own', '[\n {"term": "A"},\n {"term": "B", "variants": ["b",\n  5]}\n]\n', 'g.json:4: "variants" must be a list of strings'],
    ['a nested key', '[\n {"term": "A"},\n {"term": "B", "context": {\n   "anyOf": ["a"],\n   "window": "wide"}}\n]\n', 'g.json:5: "context.window" must be a whole number of words >= 1'],
    ['a key written twice (JSON.parse keeps the last)', '[\n {"term": "A",\n  "fix": "auto",\n  "fix": "never"}\n]\n', 'g.json:4: "fix" must be one of auto, suggest, warn, not "never"'],
    ['a bad "allow" list', '{\n  "entries": [{"term": "A"}],\n  "allow": [\n    "x", 3]\n}\n', 'g.json:3: "allow" must be a list of words or phrases'],
  ])('names the line of the bad key in a JSON glossary, as in YAML: %s', (_what, json, start) => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Keir Starmer spoke.\n');
    writeFileSync(join(dir, 'g.json'), json);
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', 'a.txt'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.startsWith(`translint: ${start}`), r.stderr).toBe(true);
    expect(r.stderr.indexOf('\n')).toBe(r.stderr.length - 1);
  });

  it.each([
    ['g.json', 'a misspelt "entries" beside an empty one', '{\n  "name": "news",\n  "entires": [\n    {"term": "Keir Starmer", "variants": ["Keir Starrer"]}\n  ],\n  "entries": []\n}\n', 3, 'entires'],
    ['g.json', 'an unknown key after "entries"', '{\n  "entries": [{"term": "Keir Starmer", "variants": ["Keir Starrer"]}],\n  "bogus": true\n}\n', 3, 'bogus'],
    ['g.yaml', 'a misspelt "entries" alone', 'name: news\nentires:\n  - term: Keir Starmer\n    variants: [Keir Starrer]\n', 2, 'entires'],
    ['g.yml', 'an unknown key after "entries"', 'entries:\n  - term: Keir Starmer\n    variants: [Keir Starrer]\nbogus: 1\n', 4, 'bogus'],
  ])('refuses a %s glossary with %s, naming the key, its line and the keys known, exit 2', (name, _what, text, line, key) => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    writeFileSync(join(dir, name), text);
    const r = translint(['check', '--no-default-glossary', '-g', name, 'a.txt'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${name}:${line}: unknown key "${key}" (allowed: name, description, allow, entries)\n`]);
  });

  it.each([
    ['g.json', 'a number as its "name"', '{\n  "name": 5,\n  "entries": [{"term": "Keir Starmer", "variants": ["Keir Starrer"]}]\n}\n', 'g.json:2: "name" must be a string, not a number (quote it to make it text)'],
    ['g.json', 'an object as its "description"', '{\n  "entries": [{"term": "Keir Starmer", "variants": ["Keir Starrer"]}],\n  "description": {"text": "desk"}\n}\n', 'g.json:3: "description" must be a string, not an object'],
    ['g.yaml', 'a list as its "name"', 'entries:\n  - term: Keir Starmer\n    variants: [Keir Starrer]\nname:\n  - news\n  - wire\n', 'g.yaml:4: "name" must be a string, not a list'],
  ])('refuses a %s glossary with %s at the key\'s line, exit 2', (name, _what, text, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    writeFileSync(join(dir, name), text);
    const r = translint(['check', '--no-default-glossary', '-g', name, 'a.txt'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${message}\n`]);
  });

  it.runIf(HAS_MKFIFO)('reads a named pipe to its end, as a shell gives <(...); one found in a folder is skipped with a warning', () => {
    const dir = tmp();
    const fifo = join(dir, 'story.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `printf 'Keir Starrer spoke.\\n' > '${fifo}'`]);
    const r = translint(['check', '--format', 'compact', 'story.txt'], { cwd: dir });
    writer.kill();
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('story.txt:1:1: warning "Keir Starrer" looks like a misspelling of "Keir Starmer"');
    // in a folder, with no writer: opening it would wait for ever
    writeFileSync(join(dir, 'other.txt'), 'Keir Starrer left.\n');
    expect(spawnSync('mkfifo', [join(dir, 'feed.xml')]).status).toBe(0);
    const folder = translint(['check', '--format', 'compact', '.'], { cwd: dir });
    expect(folder.stderr).toContain('translint: warning: feed.xml: skipped, not a regular file');
    expect(folder.stderr).toContain('translint: warning: story.txt: skipped, not a regular file');
    expect(folder.stdout).toContain('other.txt:1:1: warning "Keir Starrer"');
  });

  it('prints duplicate and contradictory glossary entries once as warnings, however many files and workers', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'g.yaml'), '- term: Keir Starmer\n  variants: [Keir Starrer]\n- term: keir starmer\n- term: Olaf Scholz\n  variants: [Keir Starmer, Olaf Sholz]\n');
    writeFileSync(join(dir, 'a.txt'), 'Olaf Sholz spoke.\n');
    writeFileSync(join(dir, 'b.txt'), 'Keir Starmer spoke.\n');
    const warnings = [
      'translint: warning: g.yaml:3: duplicate term "keir starmer" (first at line 1)',
      'translint: warning: g.yaml:4: variant "Keir Starmer" of "Olaf Scholz" is itself the term at line 1; the variant is ignored',
      '',
    ].join('\n');
    for (const jobs of ['1', '2']) {
      const r = translint(['check', '--no-default-glossary', '-g', 'g.yaml', '-j', jobs, '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir, env: { TRANSLINT_TEST_ALL_JOBS: '1' } });
      expect(r.stderr).toBe(warnings);
      // not merged: the ignored variant does not flag the correct name in b.txt
      const out = JSON.parse(r.stdout) as { files: { findings: { text: string }[] }[] };
      expect(out.files.map((f) => f.findings.map((x) => x.text))).toEqual([['Olaf Sholz'], []]);
    }
  });

  it('refuses a glossary regular expression that can take exponential time, in one line with exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'g.json'), '[\n  {"term": "Keir Starmer", "variants": ["/Starr?er/"]},\n  {"term": "x", "variants": ["/(a+)+$/"]}\n]\n');
    writeFileSync(join(dir, 'a.txt'), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n');
    const t0 = Date.now();
    const r = translint(['check', '-g', 'g.json', 'a.txt'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'translint: g.json:3: regular expression /(a+)+$/ can take exponential time (nested quantifiers); rewrite it\n']);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('reports a JSON file nested too deep for the parser as that file\'s error, and checks the other files', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'deep.json'), '['.repeat(20000) + ']'.repeat(20000));
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    const r = translint(['check', '--format', 'json', 'deep.json', 'a.txt'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, 'translint: deep.json:1: JSON nested more than 1000 levels deep\n']);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: { text: string }[] }[] };
    expect(out.files.map((f) => [f.path, f.findings.map((x) => x.text)])).toEqual([['a.txt', ['Keir Starrer']]]);
  });

  it('reports an HTML file nested past the depth limit in one line naming it and the line, and checks the other files', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'deep.html'), `<h1>Title</h1>\n<p>Keir Starrer spoke.</p>\n${'<div>'.repeat(100_000)}x`);
    // at the limit: 511 <div> and the <p>
    writeFileSync(join(dir, 'fine.html'), `${'<div>'.repeat(511)}<p>Keir Starrer spoke.</p>${'</div>'.repeat(511)}`);
    const r = translint(['check', '--format', 'json', 'deep.html', 'fine.html'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, 'translint: deep.html:3: HTML elements nested deeper than 512 (the limit)\n']);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: { text: string }[] }[] };
    expect(out.files.map((f) => [f.path, f.findings.map((x) => x.text)])).toEqual([['fine.html', ['Keir Starrer']]]);
  });
});

