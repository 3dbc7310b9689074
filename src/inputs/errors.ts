/** A file that its input format cannot read (XML that is not well-formed, invalid JSON, broken PO). */
export class InputError extends Error {
  constructor(
    /** The file, when known. */
    readonly path: string | undefined,
    /** 1-based line of the problem, when the parser tells it. */
    readonly line: number | undefined,
    /** What is wrong, without the file and line. */
    readonly detail: string,
  ) {
    super(`${path ?? '<input>'}${line !== undefined ? `:${line}` : ''}: ${detail}`);
    this.name = 'InputError';
  }
}
