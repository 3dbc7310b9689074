import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest's global setup: every test file, and every bin/translint a test starts, makes its temporary folders
 * under one folder for the run (TMPDIR, which os.tmpdir() reads and the test workers inherit), removed when the
 * run ends. The tests make about 700 folders a run (a file to check, a watched folder, a cache); left in the
 * system's temporary folder they piled up by the thousand.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'translint-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
