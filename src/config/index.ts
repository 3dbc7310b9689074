/** Configuration files: discovery, loading and validation, per-file options, `translint init`. */
export { ConfigError } from './errors.js';
export { configFileIn, findConfigFile, loadConfig, parseConfig } from './load.js';
export { mergeCliOptions, resolveFileOptions, type FileOptions } from './resolve.js';
export { ConfigResolver, type FileResolver, type ResolvedFile } from './resolver.js';
export { INIT_FILE_NAME, SCHEMA_PATH, initConfigText, writeInitConfig } from './init.js';
export { CONFIG_FILE_NAMES, type Config, type ConfigOverride, type ConfigSettings, type RuleSetting } from './types.js';
