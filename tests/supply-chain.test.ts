import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.ts';

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const runtime = Object.keys(pkg.dependencies).sort();

/** The first column of the dependency table in README.md: rows that start with "| `name` |". */
function documented(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Dependencies'));
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string).sort();
}

describe('supply chain', () => {
  it('documents exactly the runtime dependencies in the table of README.md', () => {
    expect(runtime.length).toBeGreaterThan(0);
    expect(documented()).toEqual(runtime);
  });

  it('pins every runtime dependency in the committed lockfile, in step with package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    for (const name of runtime) {
      const entry = lock.packages[`node_modules/${name}`];
      expect([name, typeof entry?.version, entry?.dev ?? false]).toEqual([name, 'string', false]);
    }
  });

  it('no runtime package, direct or transitive, runs an install script', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([path, e]) => path !== '' && !e.dev && !e.devOptional && e.hasInstallScript === true)
      .map(([path]) => path);
    expect(scripted).toEqual([]);
  });
});
