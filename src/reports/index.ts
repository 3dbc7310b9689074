import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Output formats by name (`--format`); stylish, the default, first. */
export const reporters = { stylish, json, sarif, github, junit, checkstyle, compact, html } as const satisfies Record<string, Reporter>;
export type FormatName = keyof typeof reporters;

/** Whether `name` is one of {@link reporters}. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(reporters, name);
}
