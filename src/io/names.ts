import { createHash } from 'node:crypto';

/** The longest file name (one path component) most file systems take, in bytes: ext4, XFS, Btrfs, tmpfs, APFS, NTFS (in UTF-16 units there). */
export const NAME_MAX = 255;

/**
 * `name` if it is at most `max` bytes in UTF-8; otherwise as many of its first characters as fit with
 * `~` and 8 hex digits of its sha256 after them, so two long names that differ only after the cut
 * still get two names. Cut between code points, never inside one (a multibyte character, a
 * surrogate pair). `max` must leave room for the 9 bytes of the mark.
 */
export function fitName(name: string, max: number): string {
  if (Buffer.byteLength(name, 'utf8') <= max) return name;
  const mark = `~${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  return cutToBytes(name, max - mark.length) + mark;
}

/** The longest start of `text` that is at most `max` bytes in UTF-8, ending between code points. */
export function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > max) break;
    bytes += n;
    end += ch.length;
  }
  return text.slice(0, end);
}
