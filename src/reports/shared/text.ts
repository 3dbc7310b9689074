/**
 * Control characters other than tab, LF and CR (C0, DEL and C1). Messages quote the checked file, and
 * in a terminal or CI log these ring bells or start escape sequences (ESC [ …) that rewrite the screen.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** `text` with control characters other than tab, LF and CR replaced by U+FFFD, for line-based logs. */
export function printable(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

/**
 * `text` on one line, for a format with one line per finding: a line break (with the spaces around it) becomes
 * one space, as a reader would quote a phrase that a line break splits ("Keir Starrer"), and other control
 * characters U+FFFD ({@link printable}).
 */
export function flatText(text: string): string {
  return printable(text.replace(/\s*(?:\r\n|[\r\n])\s*/g, ' '));
}
