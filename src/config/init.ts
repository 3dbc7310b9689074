import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFileIn } from './load.js';
import { ConfigError } from './errors.js';

/** Where an installed translint ships the schema, for the editor line in the starter file. */
export const SCHEMA_PATH = 'node_modules/translint/dist/config/translint.schema.json';

/** The name `translint init` writes. */
export const INIT_FILE_NAME = '.translintrc.yaml';

/** A commented starter `.translintrc.yaml`: every key with what it does, the uncommon ones commented out. */
export function initConfigText(): string {
  return `# yaml-language-server: $schema=./${SCHEMA_PATH}
# translint configuration. translint uses the nearest such file above each checked file;
# \`translint check --config <file>\` uses the given one instead. Uncomment what you need.

# This folder is the project root (as in ESLint): no configuration above it is read.
root: true

# Glossary files (.yaml, .yml, .json, .csv, .tbx, or a Vale accept.txt or reject.txt), relative to this file.
# glossaries:
#   - glossary/newsroom.yaml

# Also use the bundled news glossary.
defaultGlossary: true

# The language the text was translated from: de, fr, es, or auto (unknown).
sourceLang: auto

# Leave out findings less confident than this (0..1).
minConfidence: 0

# Severity per rule id, or per group with a prefix ending in "/": error, warning, info or off.
# rules:
#   glossary/near-miss: warning
#   title/: off

# Words and phrases never flagged (case-insensitive).
# allow:
#   - Gaddafi

# Files not checked: glob patterns relative to this file; a folder name covers the whole folder.
# ignore:
#   - drafts/
#   - "**/*.generated.md"

# Settings for some files, applied in order after the ones above. Each takes files and any of
# glossaries, defaultGlossary, rules, sourceLang, minConfidence, allow.
# overrides:
#   - files: ["desk/paris/**"]
#     sourceLang: fr
#   - files: ["opinion/"]
#     rules:
#       glossary/near-miss: info
`;
}

/**
 * Writes the starter file into `dir` and returns its path; refuses when `dir` already has a
 * configuration file of any name.
 */
export function writeInitConfig(dir: string): string {
  const existing = configFileIn(dir);
  if (existing) throw new ConfigError(existing, undefined, 'a configuration file already exists; not overwritten');
  const path = join(dir, INIT_FILE_NAME);
  try {
    // "wx" fails if the file appeared meanwhile, so a race cannot overwrite it either.
    writeFileSync(path, initConfigText(), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(path, undefined, code === 'EEXIST' ? 'a configuration file already exists; not overwritten' : `cannot write (${code ?? (e as Error).message})`);
  }
  return path;
}
