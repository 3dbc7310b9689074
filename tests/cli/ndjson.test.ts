import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { runNdjsonCli } from '../../src/cli/ndjson.ts';

const dir = mkdtempSync(join(tmpdir(), 'translint-ndjson-'));
const glossary = join(dir, 'g.json');
writeFileSync(glossary, JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
const flags = { glossary: [glossary], defaultGlossary: false };

function io(stdin = ''): Io & { out: string; err: string } {
  const o = {
    cwd: dir,
    stdin: Readable.from([Buffer.from(stdin)]),
    out: '',
    err: '',
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    stderrStream: process.stderr,
    color: false,
    exitCode: 0,
  };
  return o;
}

const lines = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('runNdjsonCli', () => {
  it('reads stdin with -, writes results to io.stdout, exit 0 when every line was checked', async () => {
    const i = io('{"id":1,"text":"Keir Starrer spoke."}\n{"id":2,"text":"ok","sourceLang":"fr"}\n');
    expect(await runNdjsonCli('-', { ...flags, fix: true }, i)).toBe(0);
    const out = lines(i.out);
    expect(out.map((r) => [r.id, r.fixed])).toEqual([[1, 'Keir Starmer spoke.'], [2, 'ok']]);
    expect(i.err).toBe('');
  });

  it('reads a file relative to cwd, and exits 1 when a line had an error', async () => {
    writeFileSync(join(dir, 'in.ndjson'), '{"id":"a","text":"Keir Starrer"}\nnot json\n{"id":"b","text":"x","sourceLang":"it"}\n');
    const i = io();
    expect(await runNdjsonCli('in.ndjson', { ...flags, diff: true }, i)).toBe(1);
    const out = lines(i.out);
    expect(out[0]).toMatchObject({ id: 'a', diff: '--- a/a\n+++ b/a\n@@ -1,1 +1,1 @@\n-Keir Starrer\n\\ No newline at end of file\n+Keir Starmer\n\\ No newline at end of file\n' });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[2]).toEqual({ id: 'b', line: 3, error: 'unknown sourceLang "it" (known: de, fr, es, ru, uk, zh, ja, he)' });
  });

  it('takes any language of an original, with a source or without, as the CLI and the service do', async () => {
    // without a source, a language the calque rules do not know (ru) changes nothing; "it" is no language translint reads
    const i = io(['{"id":1,"text":"Keir Starrer spoke."}', '{"id":2,"text":"Keir Starrer spoke.","sourceLang":"ru"}', '{"id":3,"text":"Keir Starrer spoke.","sourceLang":"ru","source":"Кир Стармер выступил."}', '{"id":4,"text":"x","sourceLang":"it","source":"y"}'].join('\n') + '\n');
    expect(await runNdjsonCli('-', flags, i)).toBe(1);
    const out = lines(i.out);
    expect(out[1]!.findings).toEqual(out[0]!.findings);
    expect(out.slice(0, 3).map((r) => (r.findings as { text: string }[]).map((f) => f.text))).toEqual([['Keir Starrer'], ['Keir Starrer'], ['Keir Starrer']]);
    expect(out[3]).toEqual({ id: 4, line: 4, error: 'unknown sourceLang "it" (known: de, fr, es, ru, uk, zh, ja, he)' });
  });

  it('writes to a given output stream (the binary passes process.stdout, for backpressure)', async () => {
    const i = io('{"id":1,"text":"Keir Starrer"}\n');
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (c: Buffer) => (text += c.toString()));
    expect(await runNdjsonCli('-', flags, i, sink)).toBe(0);
    expect(i.out).toBe('');
    expect(lines(text)).toMatchObject([{ id: 1, findings: [{ text: 'Keir Starrer' }] }]);
  });

  it('reports a missing file or a bad glossary as a usage error', async () => {
    await expect(runNdjsonCli('missing.ndjson', flags, io())).rejects.toThrow('missing.ndjson: no such file');
    await expect(runNdjsonCli('-', { glossary: [join(dir, 'nope.json')], defaultGlossary: false }, io())).rejects.toThrow(/nope\.json: no such file/);
  });
});

describe('translint check --ndjson through the binary', () => {
  it('answers each line in order, with an error result for a malformed line', async () => {
    const { translint } = await import('../helpers/cli.ts');
    const input = [
      JSON.stringify({ id: 'a', text: 'Keir Starrer spoke.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: '`Keir Starrer` and Keir Starrer', format: 'markdown' }),
    ].join('\n');
    const r = translint(['check', '--ndjson', '--no-default-glossary', '-g', 'tests/fixtures/glossaries/seed.yaml', '--fix', '-'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; error?: string; fixed?: string; findings?: { range: { start: { offset: number } } }[] });
    expect(lines.map((l) => l.id ?? 'error')).toEqual(['a', 'error', 'b']);
    expect(lines[0]!.fixed).toBe('Keir Starmer spoke.');
    expect(lines[1]!.error).toMatch(/JSON/);
    expect(lines[2]!.findings!.map((f) => f.range.start.offset)).toEqual([19]);
    expect(r.status).toBe(1);
  });

  it('answers a record with a misspelt or unknown field with an error line naming it, and checks the next', async () => {
    const { translint } = await import('../helpers/cli.ts');
    const input = [
      JSON.stringify({ id: 1, text: '<p>Keir Starrer</p>', fromat: 'html' }),
      JSON.stringify({ id: 'two', text: 'Keir Starrer spoke.', fix: true }),
      JSON.stringify({ id: 3, text: '<p>Keir Starrer</p>', format: 'html' }),
    ].join('\n');
    const r = translint(['check', '--ndjson', '--no-default-glossary', '-g', 'tests/fixtures/glossaries/seed.yaml', '-'], { input });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.slice(0, 2)).toEqual([
      { id: 1, line: 1, error: '"fromat": unknown field (allowed: id, text, source, sourceLang, format)' },
      { id: 'two', line: 2, error: '"fix": unknown field (allowed: id, text, source, sourceLang, format); --fix is an option of the run' },
    ]);
    expect(out[2]).toMatchObject({ id: 3, findings: [{ text: 'Keir Starrer', range: { start: { offset: 3 } } }] });
    expect(r.status).toBe(1);
  });

  it('bounds each record by --max-file-size, and by its default without the flag; the stream goes on', async () => {
    const { translint } = await import('../helpers/cli.ts');
    const args = ['check', '--ndjson', '--no-default-glossary', '-g', glossary, '-'];
    const input = [
      JSON.stringify({ id: 'a', text: 'Keir Starrer' }),
      JSON.stringify({ id: 'b', text: 'Keir Starrer spoke at length.' }),
      JSON.stringify({ id: 'c', text: 'ok', source: 'Keir Starmer hat lange gesprochen.', sourceLang: 'de' }),
      // over the limit for a line (2 × 20 + 64 KiB), and not JSON: its id is still read from its head
      '{"id": "d", "text": "' + 'x'.repeat(70_000),
      JSON.stringify({ id: 'e', text: 'Keir Starrer' }),
    ].join('\n') + '\n';
    const r = translint([...args.slice(0, -1), '--max-file-size', '20', '-'], { input });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toMatchObject([
      { id: 'a', findings: [{ text: 'Keir Starrer' }] },
      { id: 'b', line: 2, error: '"text" is 29 bytes, over the limit of 20 (--max-file-size)' },
      { id: 'c', line: 3, error: '"source" is 34 bytes, over the limit of 20 (--max-file-size)' },
      { id: 'd', line: 4, error: 'line is 70021 bytes, over the limit of 65576 for a line (twice --max-file-size, plus 64 KiB)' },
      { id: 'e', findings: [{ text: 'Keir Starrer' }] },
    ]);
    expect([r.status, r.stderr]).toEqual([1, '']);
    // without the flag, the default of 64 MiB applies as it does to files
    const huge = Buffer.concat([Buffer.from('{"id":"h","text":"'), Buffer.alloc(64 * 1024 * 1024 + 1, 'a'), Buffer.from('"}\n{"id":"n","text":"Keir Starrer"}\n')]);
    const d = translint(args, { input: huge });
    expect(d.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toMatchObject([
      { id: 'h', line: 1, error: '"text" is 67108865 bytes, over the limit of 67108864 (--max-file-size)' },
      { id: 'n', findings: [{ text: 'Keir Starrer' }] },
    ]);
    expect(d.status).toBe(1);
  });

  it('does not hold a line over the limit: 300 MB on one line are read past, not kept', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN, ROOT } = await import('../helpers/cli.ts');
    // the real binary, fed one line of `size` bytes as fast as it reads, with its peak RSS written to stderr when it exits
    const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))';
    const rss = (size: number) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, ['--import', report, BIN, 'check', '--ndjson', '--max-file-size', '1000', '--no-default-glossary', '-g', glossary, '-'], { cwd: ROOT });
        let out = '';
        let err = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr.on('data', (c: Buffer) => (err += c.toString()));
        child.on('close', () => {
          expect(out.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toMatchObject([{ id: 'big', line: 1, error: `line is ${size + 22} bytes, over the limit of 67536 for a line (twice --max-file-size, plus 64 KiB)` }, { id: 'next', findings: [{ text: 'Keir Starrer' }] }]);
          done(Number(/maxrss=(\d+)/.exec(err)?.[1]) * 1024);
        });
        const chunk = Buffer.alloc(1 << 20, 'a');
        child.stdin.write('{"id":"big","text":"');
        let sent = 0;
        const pump = () => {
          while (sent < size) {
            sent += chunk.length;
            if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
          }
          child.stdin.end('"}\n{"id":"next","text":"Keir Starrer"}\n');
        };
        pump();
      });
    const small = await rss(1 << 20);
    const size = 300 << 20;
    const big = await rss(size);
    // held whole, the line alone would add its 300 MB; read past, it added 35 MB here (chunks not yet collected)
    expect(big - small).toBeLessThan(size / 4);
  });

  it('keeps errors only with --quiet, and refuses the flags of a whole run\'s report in one line', async () => {
    const { translint } = await import('../helpers/cli.ts');
    const g = join(dir, 'sev.json');
    writeFileSync(g, JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }, { term: 'beatings', variants: ['strikes'], fix: 'suggest', severity: 'warning' }]));
    const input = JSON.stringify({ id: 'a', text: 'Keir Starrer spoke of strikes.' }) + '\n';
    const rules = (out: string) => (JSON.parse(out.trim()) as { findings: { ruleId: string; severity: string }[] }).findings.map((f) => f.severity);
    const all = translint(['check', '--ndjson', '--no-default-glossary', '-g', g, '-'], { input });
    expect(rules(all.stdout)).toEqual(['error', 'warning']);
    const quiet = translint(['check', '--ndjson', '--quiet', '--no-default-glossary', '-g', g, '-'], { input });
    expect([quiet.status, rules(quiet.stdout)]).toEqual([0, ['error']]);
    for (const [flag, ...value] of [['--max-warnings', '0'], ['--baseline', 'b.json'], ['--baseline-create', 'b.json'], ['-o', 'out.json'], ['--source', 'de.txt'], ['--source-dir', 'de']] as const) {
      const r = translint(['check', '--ndjson', flag, ...value, '--no-default-glossary', '-g', g, '-'], { input, cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: --ndjson writes one JSON result per line to stdout; ${flag === '-o' ? '-o/--output-file' : flag} does not apply to it (leave it out)\n`]);
    }
    // "-o -" is stdout, where the stream writes anyway
    expect(translint(['check', '--ndjson', '-o', '-', '--no-default-glossary', '-g', g, '-'], { input, cwd: dir }).status).toBe(0);
  });

  it('refuses --max-time and --max-memory without --ndjson, in one line', async () => {
    const { translint } = await import('../helpers/cli.ts');
    for (const flag of ['--max-time', '--max-memory']) {
      const r = translint(['check', flag, '100', '--no-default-glossary', '-g', glossary, '-'], { input: 'Keir Starrer spoke.\n' });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${flag} applies to --ndjson only (the time or memory one record may take)\n`]);
    }
  });

  it('reads records without a format in the --input-format given', async () => {
    const { translint } = await import('../helpers/cli.ts');
    const input = JSON.stringify({ id: 'a', text: '<script>Keir Starrer</script><p>Keir Starrer spoke.</p>' }) + '\n';
    const offsets = (out: string) => (JSON.parse(out.trim()) as { findings: { range: { start: { offset: number } } }[] }).findings.map((f) => f.range.start.offset);
    const args = ['check', '--ndjson', '--no-default-glossary', '-g', glossary, '-'];
    expect(offsets(translint(args, { input }).stdout)).toEqual([8, 32]);
    expect(offsets(translint([...args, '--input-format', 'html'], { input }).stdout)).toEqual([32]);
    const explicit = JSON.stringify({ id: 'a', text: '<script>Keir Starrer</script>', format: 'text' }) + '\n';
    expect(offsets(translint([...args, '--input-format', 'html'], { input: explicit }).stdout)).toEqual([8]);
  });
});
