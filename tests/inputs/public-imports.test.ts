import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A file inside a package that its package.json does not export (no "exports" map, or one without that
// path) is its private code: a patch release may move or change it without notice. gettext-parser's
// lib/shared.js was imported so for the header's nplurals; every package path in src/ must be exported.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('imports of a package path', () => {
  it('name only paths the package exports', () => {
    const specifiers = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\(|require\()\s*'([^'.][^']*)'/g)) specifiers.add(m[1] as string);
    }
    const private_: string[] = [];
    for (const spec of specifiers) {
      if (spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
      const sub = spec.slice(name.length);
      if (!sub) continue;
      const pkg = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { exports?: unknown };
      const exported = typeof pkg.exports === 'object' && pkg.exports !== null && Object.hasOwn(pkg.exports, `.${sub}`);
      if (!exported) private_.push(spec);
    }
    expect(private_).toEqual([]);
  });
});
