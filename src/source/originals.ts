import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A language tag before the extension: "story.de.txt", "story.en-GB.md". */
const TAG = /\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)(?=\.[^.]+$)/;

/** The name without its language tag: "story.en.txt" → "story.txt". */
export function untagged(name: string): string {
  return name.replace(TAG, '');
}

/**
 * For `--source-dir`: finds the original of each checked file in a folder, by name. The same name
 * wins ("story.txt" ↔ DIR/story.txt); else a name that differs only in its language tag
 * ("story.en.txt" ↔ DIR/story.de.txt, "story.txt" ↔ DIR/story.de.txt). The folder is listed once.
 * Returns a function from a checked path to the original's path, undefined when there is none, or the
 * candidates' names when there are several (choosing one would be a guess).
 */
export function originalsIn(dir: string): (path: string) => string | readonly string[] | undefined {
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  const exact = new Set(names);
  const byUntagged = new Map<string, string[]>();
  for (const n of names) {
    const key = untagged(n);
    byUntagged.set(key, [...(byUntagged.get(key) ?? []), n]);
  }
  return (path) => {
    const name = basename(path);
    if (exact.has(name)) return join(dir, name);
    const candidates = byUntagged.get(untagged(name)) ?? [];
    return candidates.length === 1 ? join(dir, candidates[0] as string) : candidates.length > 1 ? candidates : undefined;
  };
}
