import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, translint } from './helpers/cli.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with the install-and-check command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock.split('\n')[0]).toBe(`npm install && npx translint check ${SEED}`);
    expect(firstBlock.split('\n')[1]).toBe('npm test');
  });

  it("documents the JSON output as the CLI really writes it", () => {
    const block = /### JSON output[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    const documented = JSON.parse(block ?? 'null') as { version: number; files: { findings: Record<string, unknown>[] }[]; summary: Record<string, number> };
    const real = JSON.parse(translint(['check', '--format', 'json', SEED]).stdout) as typeof documented;
    expect(real.version).toBe(documented.version);
    expect(Object.keys(real)).toEqual(Object.keys(documented));
    const example = documented.files[0]!.findings[0]!;
    expect(real.files[0]!.findings).toContainEqual(example);
    expect(Object.keys(real.summary)).toEqual(Object.keys(documented.summary));
  });
});
