import { isIP } from 'node:net';
import { createServer, type ServerOptions } from './app.js';

export interface RunServerOptions extends ServerOptions {
  port: number;
  host: string;
  /** stdout: the first line is the address, for scripts that start the server on port 0. */
  out: (line: string) => void;
  /** stderr: warnings, reloads, errors. */
  err: (line: string) => void;
}

/**
 * Runs the service until SIGTERM or SIGINT: then stops accepting, lets requests in flight finish
 * and resolves. SIGHUP reloads the glossaries. Rejects when the address cannot be bound.
 */
export async function runServer(options: RunServerOptions): Promise<void> {
  const app = createServer({ ...options, log: (line) => options.err(line + '\n') });
  for (const w of app.warnings) options.err(`translint: warning: ${w}\n`);
  try {
    // announce the address only once the worker threads have compiled the glossaries and can check
    await app.ready();
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(options.port, options.host, () => {
        app.server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    // the worker threads would keep the process alive
    await app.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = isIP(options.host) === 6 ? `[${options.host}]` : options.host;
  options.out(`translint serve: listening on http://${host}:${port}\n`);
  if (!isLoopback(options.host) && !options.token) options.err(`translint: warning: listening on ${options.host} without a token (--token or TRANSLINT_TOKEN)\n`);

  await new Promise<void>((resolve) => {
    // signals during a reload make one more reload after it (of the files as they are then), not
    // one each: every reload starts worker threads that compile the glossaries
    let reloading = false;
    let again = false;
    const hup = () => {
      if (reloading) {
        again = true;
        return;
      }
      reloading = true;
      void (async () => {
        do {
          again = false;
          await app.reload();
        } while (again);
        reloading = false;
      })();
    };
    const stop = (signal: string) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      process.off('SIGHUP', hup);
      options.err(`translint serve: ${signal}: finishing requests in flight\n`);
      void app.close().then(resolve);
    };
    const onTerm = () => stop('SIGTERM');
    const onInt = () => stop('SIGINT');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    process.on('SIGHUP', hup);
  });
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
