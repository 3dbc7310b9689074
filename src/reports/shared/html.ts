import { printable } from './text.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` as HTML text or a quoted attribute value: the five markup characters become character
 * references, so wire copy holding `<script>` or `onerror=` stays text. Control characters other than
 * tab and line breaks become U+FFFD, as in the terminal reports (HTML forbids most of them anyway).
 */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
