import { Command } from 'commander';
import { ConfigError, writeInitConfig } from '../../config/index.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';

/** `translint init`: writes a commented starter configuration into the working directory. */
export function initCommand(io: Io): Command {
  return new Command('init').description('write a commented starter .translintrc.yaml here (never overwrites a configuration)').action(() => {
    try {
      io.stdout(`wrote ${writeInitConfig(io.cwd)}\n`);
    } catch (e) {
      if (e instanceof ConfigError) throw new CliError(e.message);
      throw e;
    }
  });
}
