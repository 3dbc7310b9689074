import type { Severity } from '../findings/finding.js';

/** What `rules` maps a rule id or prefix ("glossary/") to. */
export type RuleSetting = Severity | 'off';

/** Settings that the top level and each override can hold; glossary paths are absolute once loaded. */
export interface ConfigSettings {
  glossaries?: string[];
  defaultGlossary?: boolean;
  rules?: Record<string, RuleSetting>;
  sourceLang?: 'de' | 'fr' | 'es' | 'auto';
  minConfidence?: number;
  allow?: string[];
}

export interface ConfigOverride extends ConfigSettings {
  /** Glob patterns relative to the configuration file's folder. */
  files: string[];
}

/** A validated configuration file. */
export interface Config extends ConfigSettings {
  /** Absolute path of the file it was read from. */
  path: string;
  /** Absolute folder that globs and glossary paths are relative to. */
  dir: string;
  root: boolean;
  /** Glob patterns relative to `dir`; matching files are not checked. */
  ignore: string[];
  overrides: ConfigOverride[];
}

/** File names searched in each folder, in this order of precedence when a folder has several. */
export const CONFIG_FILE_NAMES = ['translint.config.json', '.translintrc.yaml', '.translintrc.yml', '.translintrc.json'] as const;
