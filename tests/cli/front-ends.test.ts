import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/index.ts';
import { ROOT, translint } from '../helpers/cli.ts';
import { seen, spawnTranslint, startServe, stop, watchReports, type Seen } from './front-end-helpers.ts';

/** One sample per input format (corpora/samples), with the format the stream and the service are told. */
const SAMPLES: [string, string][] = [
  ['starmer-kigali.txt', 'text'],
  ['starmer-kigali.md', 'markdown'],
  ['starmer-kigali.html', 'html'],
  ['starmer-kigali.json', 'json'],
  ['starmer-kigali.po', 'po'],
  ['starmer-kigali.xlf', 'xliff'],
  ['keir-starrer.nitf', 'nitf'],
  ['keir-starrer.newsml', 'newsml'],
];

describe('every front end gives the same findings for the same file', () => {
  it('library, check, check --ndjson, watch and serve agree on one file of each input format', async () => {
    // a folder with no configuration file above it that the repository's own could reach
    const dir = mkdtempSync(join(tmpdir(), 'translint-fronts-'));
    for (const [name] of SAMPLES) copyFileSync(join(ROOT, 'corpora/samples', name), join(dir, name));
    const names = SAMPLES.map(([n]) => n);
    // a glossary of our own, so every sample has findings whatever the bundled one's name rules do:
    // the configuration file brings it to check, the stream, watch and the library; serve takes -g
    writeFileSync(join(dir, 'desk.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    writeFileSync(join(dir, '.translintrc.yaml'), 'glossaries: [desk.json]\n');

    const pipeline = new Pipeline({ cwd: dir });
    const library = new Map<string, Seen[]>();
    for (const n of names) library.set(n, seen((await pipeline.check({ path: n, bytes: readFileSync(join(dir, n)) })).findings));
    // every sample has findings, so agreement is not agreement on nothing
    for (const n of names) expect(library.get(n)!.length, n).toBeGreaterThan(0);

    const check = JSON.parse(translint(['check', '--format', 'json', ...names], { cwd: dir }).stdout) as { files: { path: string; findings: Parameters<typeof seen>[0] }[] };
    expect(new Map(check.files.map((f) => [f.path, seen(f.findings)]))).toEqual(library);

    const records = SAMPLES.map(([n, format]) => JSON.stringify({ id: n, text: readFileSync(join(dir, n), 'utf8'), format })).join('\n');
    const ndjson = translint(['check', '--ndjson'], { cwd: dir, input: records + '\n' });
    const lines = ndjson.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; findings: Parameters<typeof seen>[0] });
    expect(new Map(lines.map((l) => [l.id, seen(l.findings)]))).toEqual(library);

    const server = await startServe(dir, ['-g', 'desk.json']);
    try {
      const served = new Map<string, Seen[]>();
      for (const n of names) {
        const res = await fetch(`${server.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: readFileSync(join(dir, n), 'utf8'), filename: n }) });
        served.set(n, seen(((await res.json()) as { findings: Parameters<typeof seen>[0] }).findings));
      }
      expect(served).toEqual(library);
    } finally {
      await stop(server);
    }

    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    const outDir = join(dir, 'out');
    const watch = spawnTranslint(['watch', 'in', '--out', 'out', '--poll', '50', '--keep'], dir);
    try {
      await new Promise((r) => setTimeout(r, 300));
      for (const n of names) copyFileSync(join(dir, n), join(inDir, n));
      expect(await watchReports(outDir, names)).toEqual(library);
    } finally {
      await stop(watch);
    }
  }, 300_000);
});
