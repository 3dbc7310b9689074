/** The process around a CLI run; tests and the binary supply their own. */
export interface Io {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal and colours are not turned off by the environment. */
  color: boolean;
  exitCode: number;
}
