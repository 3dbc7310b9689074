import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Output formats by name (`--format`). */
export const reporters = { stylish, json } as const satisfies Record<string, Reporter>;
export type FormatName = keyof typeof reporters;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(reporters, name);
}
