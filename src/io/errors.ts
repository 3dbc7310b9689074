/** Why an input could not be checked. */
export type FileErrorCode = 'not-found' | 'unreadable' | 'too-large' | 'binary' | 'encoding' | 'format' | 'budget';

/**
 * An input that cannot be read, decoded or parsed. The message is one line that names the input
 * (`story.txt: invalid UTF-8 at byte 12`); front ends show it as it is: the CLI on stderr with exit
 * code 2, the service as a 4xx/5xx error, the stream as an error line, the watcher in `failed/`.
 */
export class FileError extends Error {
  constructor(
    message: string,
    readonly code: FileErrorCode,
    /** What is wrong, without the input's name (for a front end that names it its own way). */
    readonly reason = message,
    /** The 1-based line of the input it is about, when known (a byte not valid in its encoding). */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/**
 * A failure shown as one line on stderr with this exit code (2: usage or input error). Defined here
 * so that shared I/O (io/write.ts) can throw it without importing the CLI; src/cli/errors.ts re-exports it.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * `message` with its line breaks and other control characters written as escapes (`\n`, `\u0007`), so
 * that an error that quotes a user's file (JSON.parse quotes the text around a bad token: `Unexpected
 * token 'H', "Hi.\nCnn said it." is not valid JSON`) stays one line.
 */
export function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
