import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Paths that name a descriptor of this process (/dev/stdout, /dev/fd/N, /proc/self/fd/N), and which of
// them Node opened for itself.

/**
 * The descriptor of this process that `path` names, if it does: /dev/stdin, /dev/stdout, /dev/stderr,
 * /dev/fd/N, /proc/self/fd/N, /proc/<this process>/fd/N, or a link to one of them.
 */
export function descriptorNamed(path: string): number | undefined {
  let p = path;
  for (let hops = 0; hops < 8; hops++) {
    const m = /^\/(?:dev\/(?:(stdin)|(stdout)|(stderr)|fd\/(\d+))|proc\/(self|\d+)\/fd\/(\d+))$/.exec(p);
    if (m) {
      if (m[5] !== undefined && m[5] !== 'self' && Number(m[5]) !== process.pid) return undefined;
      return m[1] ? 0 : m[2] ? 1 : m[3] ? 2 : Number(m[4] ?? m[6]);
    }
    try {
      if (!lstatSync(p).isSymbolicLink()) return undefined;
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * `path` names a descriptor Node or libuv opened for this process itself, not one the caller passed on
 * (`3< file`, `4> log`, `<(cmd)`): reading the pipe that carries the event loop's signals blocked the
 * check for ever, and writing a report into it crashed the process (a segmentation fault). Node marks
 * inherited descriptors close-on-exec as well, and numbers its own after them, so neither tells them
 * apart; what does is what they are: an event loop's epoll or eventfd (`anon_inode:`), or a pipe both of
 * whose ends this process holds (a self-pipe: no other process reads or writes it), which no caller can
 * hand over meaningfully. Linux only: elsewhere (no /proc/self/fd) nothing is refused.
 */
export function isOwnDescriptor(path: string): boolean {
  const fd = descriptorNamed(path);
  if (fd === undefined || fd <= 2) return false;
  const target = linkOf(fd);
  if (target === undefined) return false;
  if (target.startsWith('anon_inode:')) return true;
  if (!target.startsWith('pipe:')) return false;
  // the access modes (O_ACCMODE of fdinfo's octal flags: 0 read, 1 write) of every descriptor on this pipe
  const modes = new Set<number>();
  let fds: string[];
  try {
    fds = readdirSync('/proc/self/fd');
  } catch {
    return false;
  }
  for (const n of fds) {
    if (linkOf(Number(n)) !== target) continue;
    try {
      const m = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${n}`, 'latin1'));
      if (m) modes.add(parseInt(m[1] as string, 8) & 3);
    } catch {
      // closed meanwhile
    }
  }
  return modes.has(0) && modes.has(1);
}

function linkOf(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/** The one-line reason given for such a path. */
export const OWN_DESCRIPTOR = "a descriptor translint opened for itself, not one it was given";
