import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/index.ts';
import { spawnTranslint, startServe, stop, until } from '../cli/front-end-helpers.ts';
import { BIN } from '../helpers/cli.ts';
import { DOCUMENTS, GOOD } from './documents.ts';

// Every hostile document of documents.ts through every front end, each followed by an ordinary story:
// the front end must answer the hostile one (a result, or an error result that names it) within the
// per-document budget, must not crash, and must still check the story after it. Times are recorded
// (ADVERSARIAL_REPORT=file), not asserted: the budget is the bound.

/** The per-document time budget the service, the stream and the hot folder are given (--max-time). */
const BUDGET_MS = 15_000;
/**
 * The documents nested past a limit, refused at once with an error naming them (markdown-limits.ts,
 * html.ts), in `check` and the library too, which have no time budget.
 */
const REFUSED: Record<string, string> = {
  'deep-quote.md': ':1: Markdown nested 100000 levels deep (block quotes and lists; the limit is 100)',
  'deep-list.md': ':101: Markdown nested 101 levels deep (block quotes and lists; the limit is 100)',
  'deep.html': ':1: HTML elements nested deeper than 512 (the limit)',
};
/** The service's default body limit (1 MiB). */
const MAX_BODY = 1 << 20;
const FORMAT: Record<string, string> = { txt: 'text', md: 'markdown', html: 'html', xlf: 'xliff' };
const formatOf = (name: string) => FORMAT[name.slice(name.lastIndexOf('.') + 1)] ?? 'text';

const dir = mkdtempSync(join(tmpdir(), 'translint-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, TRANSLINT_CACHE_DIR: join(dir, 'cache') };

function record(line: string): void {
  if (process.env.ADVERSARIAL_REPORT) appendFileSync(process.env.ADVERSARIAL_REPORT, `${line}\n`);
}

describe('hostile documents through every front end', () => {
  it('library (Pipeline.check): a result or an error naming the document, and the next story is checked', async () => {
    const pipeline = new Pipeline({ cwd: dir });
    for (const d of DOCUMENTS) {
      const t0 = performance.now();
      const outcome = await pipeline.check({ path: d.name, bytes: d.bytes }).then(
        (r) => `${r.findings.length} findings`,
        (e: Error) => e.message,
      );
      record(`library ${d.name} (${d.bytes.length} bytes): ${Math.round(performance.now() - t0)} ms, ${outcome}`);
      if (REFUSED[d.name]) expect(outcome).toBe(`${d.name}${REFUSED[d.name]}`);
      // the document's name, and its line when the error has one ("bad.txt:1: invalid UTF-8 at byte 19")
      else if (!/findings$/.test(outcome)) expect(outcome.startsWith(`${d.name}: `) || new RegExp(`^${d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `).test(outcome), outcome).toBe(true);
      const good = await pipeline.check({ path: GOOD.name, text: GOOD.text });
      expect(good.findings.map((f) => f.text), d.name).toContain(GOOD.flagged);
    }
  }, 600_000);

  it('check: every file reported or named in an error line, the story after them checked', () => {
    const names: string[] = [];
    for (const d of DOCUMENTS) {
      writeFileSync(join(dir, d.name), d.bytes);
      names.push(d.name);
    }
    writeFileSync(join(dir, `z-${GOOD.name}`), GOOD.text);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...names, `z-${GOOD.name}`], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
    record(`check: ${DOCUMENTS.length} hostile files and a story: ${Math.round(performance.now() - t0)} ms, exit ${r.status}`);
    expect(r.signal).toBe(null);
    expect([0, 1, 2]).toContain(r.status);
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { text: string }[] }[] };
    const reported = new Set(report.files.map((f) => f.path));
    for (const n of names) expect(reported.has(n) || r.stderr.includes(`${n}:`), n).toBe(true);
    for (const [n, error] of Object.entries(REFUSED)) expect(r.stderr).toContain(`translint: ${n}${error}\n`);
    expect(report.files.find((f) => f.path === `z-${GOOD.name}`)?.findings.map((f) => f.text)).toContain(GOOD.flagged);
  }, 700_000);

  it('check --ndjson: a result or an error line for each record, and every story after one checked', () => {
    const lines: string[] = [];
    for (const d of DOCUMENTS) {
      lines.push(JSON.stringify({ id: d.name, text: d.bytes.toString('utf8'), format: formatOf(d.name) }));
      lines.push(JSON.stringify({ id: `after ${d.name}`, text: GOOD.text }));
    }
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'check', '--ndjson', '--max-time', String(BUDGET_MS)], { cwd: dir, env, input: `${lines.join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 900_000 });
    record(`check --ndjson: ${DOCUMENTS.length} hostile records and ${DOCUMENTS.length} stories: ${Math.round(performance.now() - t0)} ms, exit ${r.status}`);
    expect(r.signal).toBe(null);
    expect([0, 1]).toContain(r.status);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; findings?: { text: string }[]; error?: string });
    expect(out.map((o) => o.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    for (const o of out) {
      if (o.id.startsWith('after ')) expect(o.findings?.map((f) => f.text), o.id).toContain(GOOD.flagged);
      else if (o.error !== undefined) record(`check --ndjson ${o.id}: error "${o.error}"`);
    }
  }, 1_000_000);

  it('serve: an answer under 500 for each body, the story after it checked, /healthz up', async () => {
    const server = await startServe(dir, ['--max-time', String(BUDGET_MS)]);
    try {
      const post = (body: string | Buffer) => fetch(`${server.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(BUDGET_MS * 2) });
      const bodies: [string, string | Buffer][] = DOCUMENTS.map((d) => [d.name, JSON.stringify({ text: d.bytes.toString('utf8'), filename: d.name })]);
      // the document's own bytes inside the JSON: invalid UTF-8 in the body itself
      for (const d of DOCUMENTS.filter((x) => x.name.startsWith('invalid-'))) bodies.push([`${d.name} (raw in the body)`, Buffer.concat([Buffer.from('{"text":"'), d.bytes.filter((b) => b !== 0x22 && b !== 0x5c), Buffer.from('"}')])]);
      for (const [name, body] of bodies) {
        const t0 = performance.now();
        const size = Buffer.byteLength(body);
        try {
          const res = await post(body);
          const answer = (await res.json()) as { error?: { message?: string } };
          record(`serve ${name}: ${res.status} in ${Math.round(performance.now() - t0)} ms${answer.error?.message ? `, "${answer.error.message.slice(0, 120)}"` : ''}`);
          expect(res.status, name).toBeLessThan(500);
        } catch (e) {
          // a body over the limit may be cut off by the 413 while it is still being sent
          expect(size, `${name}: ${(e as Error).message}`).toBeGreaterThan(MAX_BODY);
          record(`serve ${name}: connection closed while sending ${size} bytes (over the body limit)`);
        }
        const good = await post(JSON.stringify({ text: GOOD.text }));
        expect(good.status, name).toBe(200);
        expect(((await good.json()) as { findings: { text: string }[] }).findings.map((f) => f.text), name).toContain(GOOD.flagged);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      }
      expect(server.child.exitCode).toBe(null);
    } finally {
      await stop(server);
    }
  }, 1_000_000);

  it('watch: a report or failed/<name>.error.txt for each file, and every story after one checked', async () => {
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    mkdirSync(inDir, { recursive: true });
    const watch = spawnTranslint(['watch', 'in', '--out', 'out', '--poll', '50', '--max-time', String(BUDGET_MS)], dir);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      const names: string[] = [];
      DOCUMENTS.forEach((d, k) => {
        writeFileSync(join(inDir, d.name), d.bytes);
        writeFileSync(join(inDir, `good-${k}.txt`), GOOD.text);
        names.push(d.name, `good-${k}.txt`);
      });
      const done = (n: string) => existsSync(join(outDir, `${n}.translint.json`)) || existsSync(join(outDir, 'failed', `${n}.error.txt`));
      await until(() => names.every(done), 900_000);
      record(`watch: ${DOCUMENTS.length} hostile files and ${DOCUMENTS.length} stories: ${Math.round(performance.now() - t0)} ms`);
      for (const n of names) {
        const failed = join(outDir, 'failed', `${n}.error.txt`);
        if (existsSync(failed)) {
          record(`watch ${n}: failed, "${readFileSync(failed, 'utf8').trim().slice(0, 120)}"`);
          expect(n.startsWith('good-'), n).toBe(false);
          continue;
        }
        if (!n.startsWith('good-')) continue;
        const report = JSON.parse(readFileSync(join(outDir, `${n}.translint.json`), 'utf8')) as { files: { findings: { text: string }[] }[] };
        expect(report.files[0]?.findings.map((f) => f.text), n).toContain(GOOD.flagged);
      }
      expect(watch.child.exitCode).toBe(null);
    } finally {
      await stop(watch);
    }
  }, 1_000_000);
});
