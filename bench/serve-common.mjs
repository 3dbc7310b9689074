// What the service benchmarks (serve-load.mjs, serve-soak.mjs) share: the articles they send and the
// real `translint serve` they start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generate, manifestPath } from './gen.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

/** Up to 200 articles of ~5 KB: whole paragraphs of the 1 MB corpus, so each request checks different text. */
export function articles() {
  if (!fs.existsSync(manifestPath())) generate();
  const paragraphs = fs.readFileSync(path.join(here, 'data', 'corpus-1m.txt'), 'utf8').split(/\n\s*\n/);
  const out = [];
  for (let cur = ''; out.length < 200 && paragraphs.length > 0; ) {
    cur += paragraphs.shift() + '\n\n';
    if (cur.length >= 5000) {
      out.push(cur.slice(0, 5120));
      cur = '';
    }
  }
  return out;
}

/**
 * Starts `translint serve` on an ephemeral port with a bench glossary ('news': the bundled one) and
 * resolves when it listens. Its stderr lines go to `log`.
 */
export async function startServer(glossary, extraArgs = [], log = []) {
  const args = ['bin/translint.js', 'serve', '--port', '0', ...extraArgs];
  if (glossary !== 'news') args.push('--no-default-glossary', '-g', path.join('bench', 'data', `glossary-${glossary}.json`));
  const server = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  createInterface({ input: server.stderr }).on('line', (l) => log.push(l));
  const first = await new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`translint serve exited with ${code}: ${log.join(' | ')}`)));
  });
  const url = /listening on (\S+)/.exec(first)?.[1];
  if (!url) throw new Error(`unexpected first line: ${first}`);
  return { server, url };
}
