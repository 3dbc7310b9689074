/** The process around a CLI run; tests and the binary supply their own. */
export interface Io {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The stream behind `stdout`, for output that must respect backpressure (NDJSON). */
  stdoutStream?: NodeJS.WritableStream;
  /** Where a progress bar may draw (only when it is a terminal). */
  stderrStream: NodeJS.WriteStream;
  /** stdout is a terminal and colours are not turned off by the environment. */
  color: boolean;
  exitCode: number;
}
