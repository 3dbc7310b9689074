import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

const hasPatch = spawnSync('patch', ['--version']).status === 0;

/** A folder with fx.txt at its top and an empty subfolder sub/; a git work tree when `git` is set. */
function folder(git: boolean): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'translint-diffpath-')));
  if (git) execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(join(dir, 'fx.txt'), 'Cnn said so.\n');
  mkdirSync(join(dir, 'sub'));
  return dir;
}

/** Runs `git apply --check` (and `patch -p1 --dry-run`, where installed) on `patch` in `where`; their exit codes and stderr. */
function applies(patch: string, where: string, withPatch = true): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'translint-patch-')), 'fix.patch');
  writeFileSync(file, patch);
  const out: string[] = [];
  const git = spawnSync('git', ['apply', '--check', file], { cwd: where, encoding: 'utf8' });
  out.push(`git apply: ${git.status} ${git.stderr}`.trim());
  if (hasPatch && withPatch) {
    const p = spawnSync('patch', ['-p1', '--dry-run', '-i', file], { cwd: where, encoding: 'utf8' });
    out.push(`patch: ${p.status} ${p.stderr}`.trim());
  }
  return out;
}

describe('check --diff names files so that git apply and patch -p1 take the diff', () => {
  it('names a file given by its absolute path from the working folder (no git work tree)', () => {
    const dir = folder(false);
    const r = translint(['check', '--rules', 'glossary/', '--diff', join(dir, 'fx.txt')], { cwd: dir });
    expect(r.stdout).toMatch(/^--- a\/fx\.txt\n\+\+\+ b\/fx\.txt\n/);
    expect(applies(r.stdout, dir)).toEqual(hasPatch ? ['git apply: 0', 'patch: 0'] : ['git apply: 0']);
  });

  it('names a file given by its absolute path from the top of the git work tree, run in a subfolder', () => {
    const dir = folder(true);
    const r = translint(['check', '--rules', 'glossary/', '--diff', join(dir, 'fx.txt')], { cwd: join(dir, 'sub') });
    expect(r.stdout).toMatch(/^--- a\/fx\.txt\n\+\+\+ b\/fx\.txt\n/);
    expect(applies(r.stdout, dir)).toEqual(hasPatch ? ['git apply: 0', 'patch: 0'] : ['git apply: 0']);
  });

  it('names a ../ file from the top of the git work tree; git apply takes it there and in the subfolder', () => {
    const dir = folder(true);
    writeFileSync(join(dir, 'sub', 'fy.txt'), 'Cnn said so.\n');
    const r = translint(['check', '--rules', 'glossary/', '--diff', '../fx.txt', 'fy.txt'], { cwd: join(dir, 'sub') });
    expect(r.stdout).toContain('--- a/fx.txt\n+++ b/fx.txt\n');
    expect(r.stdout).toContain('--- a/sub/fy.txt\n+++ b/sub/fy.txt\n');
    expect(r.stderr).toBe('');
    expect(applies(r.stdout, dir)).toEqual(hasPatch ? ['git apply: 0', 'patch: 0'] : ['git apply: 0']);
    writeFileSync(join(dir, 'sub', 'only-fy.patch'), r.stdout.slice(r.stdout.indexOf('--- a/sub/fy.txt')));
    expect(spawnSync('git', ['apply', '--check', 'only-fy.patch'], { cwd: join(dir, 'sub'), encoding: 'utf8' }).status).toBe(0);
  });

  it('warns of a file outside the folder it names files from', () => {
    const dir = folder(false);
    const r = translint(['check', '--rules', 'glossary/', '--diff', '../fx.txt'], { cwd: join(dir, 'sub') });
    expect(r.stdout).toContain('--- a/../fx.txt\n');
    expect(r.stderr).toMatch(/^translint: warning: \.\.\/fx\.txt: outside .*sub; its diff names it as given/m);
  });

  it('names files from GIT_WORK_TREE, a work tree kept apart from its repository (GIT_DIR), run in a subfolder', () => {
    const dir = folder(false);
    const gitDir = realpathSync(mkdtempSync(join(tmpdir(), 'translint-gitdir-')));
    const env = { GIT_DIR: gitDir, GIT_WORK_TREE: dir };
    execFileSync('git', ['init', '-q'], { cwd: dir, env: { ...process.env, ...env } });
    writeFileSync(join(dir, 'sub', 'fy.txt'), 'Cnn said so.\n');
    const r = translint(['check', '--rules', 'glossary/', '--diff', 'fy.txt'], { cwd: join(dir, 'sub'), env });
    expect(r.stdout).toMatch(/^--- a\/sub\/fy\.txt\n\+\+\+ b\/sub\/fy\.txt\n/);
    expect(r.stderr).toBe('');
    // patch -p1 at the top of the work tree, and git apply there with the same environment
    const file = join(gitDir, 'fix.patch');
    writeFileSync(file, r.stdout);
    expect(spawnSync('git', ['apply', '--check', file], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' }).stderr).toBe('');
    if (hasPatch) expect(spawnSync('patch', ['-p1', '--dry-run', '-i', file], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
  });

  it('names files from the working folder with GIT_DIR and no GIT_WORK_TREE, where git takes the working folder for the top', () => {
    const dir = folder(true);
    const gitDir = realpathSync(mkdtempSync(join(tmpdir(), 'translint-gitdir-')));
    execFileSync('git', ['init', '-q', '--bare', gitDir]);
    writeFileSync(join(dir, 'sub', 'fy.txt'), 'Cnn said so.\n');
    const r = translint(['check', '--rules', 'glossary/', '--diff', 'fy.txt'], { cwd: join(dir, 'sub'), env: { GIT_DIR: gitDir } });
    expect(r.stdout).toMatch(/^--- a\/fy\.txt\n\+\+\+ b\/fy\.txt\n/);
    const file = join(gitDir, 'fix.patch');
    writeFileSync(file, r.stdout);
    expect(spawnSync('git', ['apply', '--check', file], { cwd: join(dir, 'sub'), env: { ...process.env, GIT_DIR: gitDir }, encoding: 'utf8' }).stderr).toBe('');
  });
});
