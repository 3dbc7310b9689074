import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

// Glob patterns of a configuration file (ignore, overrides[].files) through the real bin/translint:
// a malformed pattern, or one that can never match, stops the run with one line naming the file, the
// line and the key (exit 2) instead of silently matching nothing; an ignore that takes every file of
// the folders given stops it too, instead of an empty report and exit 0.

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-globs-'));
  mkdirSync(join(dir, 'desk'));
  writeFileSync(join(dir, 'story.txt'), 'The the minister left.\n');
  writeFileSync(join(dir, 'desk/brief.txt'), 'The the minister left.\n');
  writeFileSync(join(dir, '.translintrc.yaml'), config);
  return dir;
}

const yaml = (pattern: string) => `root: true\nignore:\n  - ${pattern}\n`;

describe('glob patterns in configuration files', () => {
  it.each([
    ['"desk/[z-a].txt"', 'ignore[0]: invalid pattern "desk/[z-a].txt" (range out of order in character class)'],
    ['"{desk,drafts"', 'ignore[0]: invalid pattern "{desk,drafts" (unterminated group)'],
    ['"[[:alpha:]"', 'ignore[0]: invalid pattern "[[:alpha:]" (unterminated character class)'],
    ['"/"', 'ignore[0]: "/" names no file or folder (to match every file under the configuration\'s folder, write "**")'],
    ['"./"', 'ignore[0]: "./" names no file or folder (to match every file under the configuration\'s folder, write "**")'],
    ['"."', 'ignore[0]: "." names no file or folder (to match every file under the configuration\'s folder, write "**")'],
    ['"../shared/*.txt"', 'ignore[0]: "../shared/*.txt" steps through "." or "..": patterns are relative to the configuration\'s folder and cannot leave it'],
    ['"desk/../story.txt"', 'ignore[0]: "desk/../story.txt" steps through "." or "..": patterns are relative to the configuration\'s folder and cannot leave it'],
    ["'desk\\'", 'ignore[0]: "desk\\\\" ends with an escaping backslash that escapes nothing'],
    // not a string: the type is the problem, not negation
    ['123', 'ignore[0]: must be a string'],
    ['null', 'ignore[0]: must be a string'],
    ['"!desk"', 'ignore[0]: negated patterns ("!…") are not supported; list only what to match'],
  ])('ignore %s: exit 2 with one line naming the file and line', (pattern, message) => {
    const r = translint(['check', '.'], { cwd: project(yaml(pattern)) });
    expect(r.stderr).toBe(`translint: .translintrc.yaml:3: ${message}\n`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a malformed pattern in overrides[].files is reported at its line too', () => {
    const r = translint(['check', '.'], { cwd: project('overrides:\n  - files: ["desk/*.txt"]\n    rules: {artefact/: "off"}\n  - files:\n      - "desk/{a,b"\n    rules: {artefact/: "off"}\n') });
    expect(r.stderr).toBe('translint: .translintrc.yaml:5: overrides[1].files[0]: invalid pattern "desk/{a,b" (unterminated group)\n');
    expect(r.status).toBe(2);
  });

  it('an ignore that matches every file found in the folders given: exit 2 naming the configuration, not an empty report', () => {
    for (const pattern of ['"**"', '"*"', '"**/*.txt"']) {
      const r = translint(['check', '.'], { cwd: project(yaml(pattern)) });
      expect(r.stderr, pattern).toBe('translint: .translintrc.yaml: ignore matches every file to check (2 found in .); nothing was checked\n');
      expect(r.status, pattern).toBe(2);
      expect(r.stdout, pattern).toBe('');
    }
    const desk = translint(['check', 'desk'], { cwd: project(yaml('desk/')) });
    expect(desk.stderr).toBe('translint: .translintrc.yaml: ignore matches every file to check (1 found in desk); nothing was checked\n');
    expect(desk.status).toBe(2);
  });

  it('an ignore that matches some files, or none, is no error: the others are checked', () => {
    const some = translint(['check', '--format', 'compact', '.'], { cwd: project(yaml('desk/')) });
    expect(some.status).toBe(0);
    expect(some.stderr).toBe('');
    expect(some.stdout).toContain('story.txt:1:1');
    expect(some.stdout).not.toContain('brief.txt');
    const none = translint(['check', '--format', 'compact', '.'], { cwd: project(yaml('"drafts/**"')) });
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('story.txt:1:1');
    expect(none.stdout).toContain('brief.txt:1:1');
    // a folder given beside it still counts: only the ignored folder's files are left out
    const mixed = translint(['check', '--format', 'compact', 'desk', 'story.txt'], { cwd: project(yaml('desk/')) });
    expect(mixed.status).toBe(0);
    expect(mixed.stdout).toContain('story.txt:1:1');
  });
});
