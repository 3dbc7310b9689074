import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { BIN, translint } from '../helpers/cli.ts';

const GLOSSARY = '[{"term": "Keir Starmer", "variants": ["Keir Starrer"]}]';
const ARGS = ['check', '--fix', '--no-default-glossary', '-g', 'g.json', '--rules', 'glossary/variant', '--format', 'compact'];
const TEMP = /^\.story\.txt\.translint-\d+-\d+\.tmp$/;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Starts `translint check --fix` with the test hook TRANSLINT_TEST_SLOW_WRITE, resolves once the
 * temporary file is written and the process is paused before the rename.
 */
async function pausedFix(dir: string, pauseMs: number): Promise<{ pid: number; exit: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> }> {
  const child = spawn(process.execPath, [BIN, ...ARGS, 'story.txt'], { cwd: dir, env: { ...process.env, TRANSLINT_TEST_SLOW_WRITE: String(pauseMs) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr: lines.join('\n'), stdout })),
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (l) => {
      lines.push(l);
      if (l.includes(`pausing ${pauseMs} ms before the rename`)) resolve();
    });
    void exit.then((e) => reject(new Error(`exited before the pause: ${e.stderr}`)));
  });
  return { pid: child.pid!, exit };
}

describe('--fix never loses data (subprocess)', () => {
  it('a process killed in the middle of writing a 24 MB file leaves the original intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-crash-'));
    writeFileSync(join(dir, 'g.json'), GLOSSARY);
    const line = 'The committee met on Tuesday to discuss the budget and said the plan would go ahead next year.\n';
    const original = Buffer.from(`Keir Starrer spoke first.\n${line.repeat(260_000)}Keir Starrer spoke last.\n`);
    writeFileSync(join(dir, 'story.txt'), original);
    expect(original.length).toBeGreaterThan(24_000_000);

    const run = await pausedFix(dir, 20_000);
    // the fixed copy is complete on disk beside the original: the kill lands after the slow part
    const temp = readdirSync(dir).filter((n) => TEMP.test(n));
    expect(temp).toHaveLength(1);
    expect(statSync(join(dir, temp[0]!)).size).toBe(original.length);
    process.kill(run.pid, 'SIGKILL');
    expect((await run.exit).signal).toBe('SIGKILL');

    expect(sha(readFileSync(join(dir, 'story.txt')))).toBe(sha(original));
    expect(readdirSync(dir).sort()).toEqual([temp[0], 'g.json', 'story.txt']);

    // the next run ignores the stray file: it is not checked in a folder, and it is left for the user
    writeFileSync(join(dir, 'story.txt'), 'Keir Starrer spoke.\n');
    const next = translint([...ARGS, '.'], { cwd: dir });
    expect([next.status, next.stderr]).toEqual([0, 'translint: fixed 1 problem in 1 file\n']);
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe('Keir Starmer spoke.\n');
    expect(readdirSync(dir).sort()).toEqual([temp[0], 'g.json', 'story.txt']);
  }, 120_000);

  it('refuses to write when the file is changed while the fix is being written, even keeping its time and size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-race-'));
    writeFileSync(join(dir, 'g.json'), GLOSSARY);
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Keir Starrer spoke.\n');
    utimesSync(story, 1_700_000_000, 1_700_000_000);
    const run = await pausedFix(dir, 1500);
    // an editor saves meanwhile; the clock of a coarse file system would not show it
    writeFileSync(story, 'Keir Starrer spoke!\n');
    utimesSync(story, 1_700_000_000, 1_700_000_000);
    const r = await run.exit;
    expect(r.code).toBe(2);
    // the file is named and the run goes on (other files would still be fixed), then exits 2
    expect(r.stderr.split('\n').slice(1)).toEqual([`translint: ${story}: changed on disk since it was read; not written`]);
    expect(readFileSync(story, 'utf8')).toBe('Keir Starrer spoke!\n');
    expect(readdirSync(dir).sort()).toEqual(['g.json', 'story.txt']);
    // the file not written keeps its findings in the report (here the compact format on stdout)
    expect(r.stdout).toMatch(/^story\.txt:1:1: error .*Keir Starrer/m);
  }, 60_000);
});
