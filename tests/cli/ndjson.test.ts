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
