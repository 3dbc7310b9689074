/** A failure the CLI reports as one line on stderr with this exit code (2: usage or input error). */
export { CliError } from '../io/errors.js';
