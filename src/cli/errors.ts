/** A failure the CLI reports as one line on stderr with this exit code (2: usage or input error). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
