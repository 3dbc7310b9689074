import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the setup changes in the environment, given back as it was when the run ends. */
const CHANGED = ['TMPDIR', 'XDG_CACHE_HOME', 'TRANSLINT_CACHE_DIR', 'TRANSLINT_CACHE'] as const;

/**
 * vitest's global setup: every test file, and every bin/translint a test starts, makes its temporary folders
 * under one folder for the run (TMPDIR, which os.tmpdir() reads and the test workers inherit), removed when the
 * run ends. The tests make about 700 folders a run (a file to check, a watched folder, a cache); left in the
 * system's temporary folder they piled up by the thousand.
 *
 * The cache folder (src/glossary/cache-dir.ts) is one of the run's too: XDG_CACHE_HOME under it, and the
 * user's TRANSLINT_CACHE_DIR and TRANSLINT_CACHE set aside, so that a run neither reads what the user's runs
 * cached (a file of an older build, read back as valid) nor fills the user's ~/.cache/translint (a full run
 * wrote hundreds of files there). A test of the cache itself sets its own folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'translint-tests-'));
  const before = Object.fromEntries(CHANGED.map((k) => [k, process.env[k]]));
  process.env.TMPDIR = root;
  process.env.XDG_CACHE_HOME = join(root, 'cache');
  delete process.env.TRANSLINT_CACHE_DIR;
  delete process.env.TRANSLINT_CACHE;
  return () => {
    for (const k of CHANGED) {
      const v = before[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
