import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const NDJSON_CLI = fileURLToPath(new URL('../../src/cli/ndjson.ts', import.meta.url));

describe('NDJSON memory', () => {
  it('streams 24 MB through a paused pipe with --fix in bounded memory, reading only as fast as it writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-ndmem-'));
    const glossary = join(dir, 'g.json');
    writeFileSync(glossary, JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    const lines = 1200;
    // the child generates its input lazily and writes to the real stdout pipe, read here
    const script = `
      import { Readable, Writable } from 'node:stream';
      import { runNdjsonCli } from ${JSON.stringify(NDJSON_CLI)};
      const text = 'The minister met reporters in the capital and said talks would resume. '.repeat(280);
      // one line in 100 has a finding to fix; the checker's speed, not the stream, sets the pace
      const stdin = Readable.from((function* () { for (let i = 0; i < ${lines}; i++, produced++) yield Buffer.from(JSON.stringify({ id: i, text: i % 100 ? text : 'Keir Starrer: ' + text }) + '\\n'); })());
      let produced = 0; let accepted = 0; let ahead = 0;
      const done = () => { accepted++; ahead = Math.max(ahead, produced - accepted); };
      const out = new Writable({ highWaterMark: 1, write(chunk, _e, cb) { if (process.stdout.write(chunk)) { done(); cb(); } else process.stdout.once('drain', () => { done(); cb(); }); } });
      const io = { cwd: '/', stdin, stdout() {}, stderr: (t) => process.stderr.write(t), color: false, exitCode: 0 };
      const code = await runNdjsonCli('-', { glossary: [${JSON.stringify(glossary)}], defaultGlossary: false, fix: true }, io, out);
      await new Promise((r) => out.end(r));
      process.stderr.write(JSON.stringify({ code, ahead, max: process.resourceUsage().maxRSS * 1024 }));
    `;
    const child = spawn(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    let next = 0;
    let ordered = true;
    let rest = '';
    let bytes = 0;
    child.stdout.on('data', (c: Buffer) => {
      bytes += c.length;
      const parts = (rest + c.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) {
        const r = JSON.parse(p) as { id: number; fixed: string };
        if (r.id !== next || !r.fixed.startsWith(next % 100 ? 'The minister met' : 'Keir Starmer: The')) ordered = false;
        next++;
        count++;
        // a slow reader: the child must stop reading its input meanwhile
        if (count === 100) {
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 800);
        }
      }
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    await new Promise((r) => child.on('close', r));
    const stats = JSON.parse(err) as { code: number; ahead: number; max: number };
    expect(stats.code).toBe(0);
    expect([count, ordered]).toEqual([lines, true]);
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    // lines read but not yet taken by the pipe: a few, not the hundreds produced during the pause
    expect(stats.ahead).toBeLessThan(20);
    // the whole process: this thread and the worker thread that checks the records
    expect(stats.max).toBeLessThan(300 * 1024 * 1024);
    // the worker compiles the sources with tsx when run from them, which takes a while on a busy machine
  }, 180_000);
});
