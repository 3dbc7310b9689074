/** A glossary or rule pack that cannot be used; the message names the file and line. */
export class GlossaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${detail}`);
    this.name = 'GlossaryError';
  }
}
