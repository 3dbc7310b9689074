import { createInterface } from 'node:readline';

/** Answers read one line at a time, from a terminal or a pipe. */
export interface LineReader {
  /** The next line without its line break, or undefined once the input has ended. */
  next(): Promise<string | undefined>;
  close(): void;
}

/**
 * Reads lines with node:readline. The async iterator queues lines that arrive before they are asked
 * for, so answers piped in all at once (`printf 'y\nn\n' | translint review …`) are none of them lost,
 * as they would be with readline's question().
 */
export function lineReader(input: NodeJS.ReadableStream): LineReader {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async next() {
      const r = await lines.next();
      return r.done ? undefined : r.value;
    },
    close: () => rl.close(),
  };
}
