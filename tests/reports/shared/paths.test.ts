import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportRoot, toPosixPath, toUri } from '../../../src/reports/shared/paths.ts';

describe('toPosixPath', () => {
  it('uses forward slashes and drops a leading ./', () => {
    expect(toPosixPath('docs\\news\\a.txt', '\\')).toBe('docs/news/a.txt');
    expect(toPosixPath('./docs/a.txt')).toBe('docs/a.txt');
    expect(toPosixPath('../a.txt')).toBe('../a.txt');
  });

  it('keeps a backslash where it is no folder separator (POSIX): it is part of the name', () => {
    expect(toPosixPath('docs/a\\b.txt', '/')).toBe('docs/a\\b.txt');
    expect(toPosixPath('./bad\\xff.txt', '/')).toBe('bad\\xff.txt');
  });
});

describe('toUri', () => {
  it('keeps relative paths relative and percent-encodes each segment', () => {
    expect(toUri('docs/a.txt')).toBe('docs/a.txt');
    expect(toUri('.\\notes\\odd name #1?.txt', undefined, undefined, '\\')).toBe('notes/odd%20name%20%231%3F.txt');
    expect(toUri('notes/a\\b.txt', undefined, undefined, '/')).toBe('notes/a%5Cb.txt');
    expect(toUri('docs/Zürich.md')).toBe('docs/Z%C3%BCrich.md');
    expect(toUri('<stdin>')).toBe('%3Cstdin%3E');
  });

  it('turns absolute paths into file URIs', () => {
    expect(toUri('/home/ed/a b.txt')).toBe('file:///home/ed/a%20b.txt');
    expect(toUri('C:\\Users\\ed\\a.txt', undefined, undefined, '\\')).toBe('file:///C:/Users/ed/a.txt');
  });
});

describe('toUri from a working folder', () => {
  it.each([
    ['docs/a b.md', 'docs/a%20b.md'],
    ['./docs/a.md', 'docs/a.md'],
    ['/repo/docs/a.md', 'docs/a.md'],
    ['/repo/docs/../Zürich.md', 'Z%C3%BCrich.md'],
    ['docs\\win #1.md', 'docs%5Cwin%20%231.md'],
    ['..foo/a.md', '..foo/a.md'],
    ['../other/a.md', 'file:///other/a.md'],
    ['/elsewhere/100%.md', 'file:///elsewhere/100%25.md'],
    ['<stdin>', '%3Cstdin%3E'],
  ])('%s is %s', (path, uri) => {
    expect(toUri(path, '/repo')).toBe(uri);
  });

  it('leaves paths as they are for a folder that is not absolute', () => {
    expect(toUri('../a.md', 'repo')).toBe('../a.md');
  });
});

describe('reportRoot', () => {
  it.each([
    ['a GitHub Actions job run at the checkout', '/w/repo', { GITHUB_WORKSPACE: '/w/repo' }, '/w/repo'],
    ['run from a subfolder of the checkout', '/w/repo/docs/en', { GITHUB_WORKSPACE: '/w/repo' }, '/w/repo'],
    ['the workspace written with a trailing slash', '/w/repo/docs', { GITHUB_WORKSPACE: '/w/repo/' }, '/w/repo'],
    ['run outside the checkout', '/tmp/x', { GITHUB_WORKSPACE: '/w/repo' }, '/tmp/x'],
    ['a sibling folder whose name begins alike', '/w/repo2', { GITHUB_WORKSPACE: '/w/repo' }, '/w/repo2'],
    ['a folder named "..x" inside the checkout', '/w/repo/..x', { GITHUB_WORKSPACE: '/w/repo' }, '/w/repo'],
    ['no workspace', '/w/repo/docs', {}, '/w/repo/docs'],
    ['an empty workspace', '/w/repo/docs', { GITHUB_WORKSPACE: '' }, '/w/repo/docs'],
    ['a relative workspace', '/w/repo/docs', { GITHUB_WORKSPACE: 'repo' }, '/w/repo/docs'],
    ['a GitLab CI job run from a subfolder of its checkout', '/builds/g/repo/docs', { CI_PROJECT_DIR: '/builds/g/repo' }, '/builds/g/repo'],
    ['a GitLab CI job run outside its checkout', '/tmp/x', { CI_PROJECT_DIR: '/builds/g/repo' }, '/tmp/x'],
    ['a relative GITHUB_WORKSPACE beside a GitLab checkout', '/builds/g/repo/docs', { GITHUB_WORKSPACE: 'repo', CI_PROJECT_DIR: '/builds/g/repo' }, '/builds/g/repo'],
  ])('%s', (_, cwd, env, root) => {
    expect(reportRoot(cwd, env)).toBe(root);
  });
});

describe('reportRoot on real folders', () => {
  const made = () => {
    const ws = realpathSync(mkdtempSync(join(tmpdir(), 'translint-ws-')));
    mkdirSync(join(ws, 'repo', '.git'), { recursive: true });
    mkdirSync(join(ws, 'repo', 'docs', 'en'), { recursive: true });
    return ws;
  };

  it('takes the repository checked out below the workspace (actions/checkout with path:), not the workspace', () => {
    const ws = made();
    expect(reportRoot(join(ws, 'repo', 'docs', 'en'), { GITHUB_WORKSPACE: ws })).toBe(join(ws, 'repo'));
    expect(reportRoot(join(ws, 'repo'), { GITHUB_WORKSPACE: ws })).toBe(join(ws, 'repo'));
  });

  it('takes the outermost repository: run inside a submodule, files are named from the repository that holds it', () => {
    const ws = made();
    mkdirSync(join(ws, 'repo', 'sub', 'docs'), { recursive: true });
    writeFileSync(join(ws, 'repo', 'sub', '.git'), 'gitdir: ../.git/modules/sub\n');
    expect(reportRoot(join(ws, 'repo', 'sub', 'docs'), { GITHUB_WORKSPACE: ws })).toBe(join(ws, 'repo'));
  });

  it('takes the workspace when no folder up to it holds .git', () => {
    const ws = made();
    mkdirSync(join(ws, 'other', 'sub'), { recursive: true });
    expect(reportRoot(join(ws, 'other', 'sub'), { GITHUB_WORKSPACE: ws })).toBe(ws);
  });

  it('compares real paths: a workspace named through a link, or a working folder reached through one', () => {
    const ws = made();
    const link = `${ws}-link`;
    symlinkSync(ws, link);
    expect(reportRoot(join(ws, 'repo', 'docs'), { GITHUB_WORKSPACE: link })).toBe(join(ws, 'repo'));
    // the root in the working folder's own terms, so that paths resolved from it stay inside it
    expect(reportRoot(join(link, 'repo', 'docs'), { GITHUB_WORKSPACE: ws })).toBe(join(link, 'repo'));
  });
});

