import { createRequire } from 'node:module';
import type cliProgressType from 'cli-progress';

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

/**
 * A progress bar on stderr for batches of files: files done/total, stories per second and ETA.
 * Shown only on a terminal, outside CI, for more than one file, and not with --no-progress.
 */
export function startProgress(total: number, options: { enabled: boolean; stream: NodeJS.WriteStream }): Progress {
  if (!options.enabled || total < 2 || !options.stream.isTTY || process.env.CI) return NONE;
  const started = Date.now();
  // loaded only when a bar is shown (a terminal, a batch of files): not at every start
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressType;
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: 'translint {bar} {value}/{total} files | {rate} stories/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick(done) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
    },
    stop() {
      bar.stop();
    },
  };
}
