/**
 * A path as CI services expect it: forward slashes and no leading "./". Code scanning and workflow
 * annotations match paths against the repository tree, where "a\\b.txt" or "./a.txt" never match.
 */
export function toPosixPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * A path as a URI reference (SARIF `artifactLocation.uri`): relative paths stay relative, absolute
 * ones become file URIs, and each segment is percent-encoded so that spaces, "#" and "?" survive.
 */
export function toUri(path: string): string {
  const posix = toPosixPath(path);
  const drive = /^[A-Za-z]:\//.exec(posix)?.[0];
  if (drive) return `file:///${drive}${encodeSegments(posix.slice(drive.length))}`;
  if (posix.startsWith('/')) return `file://${encodeSegments(posix)}`;
  return encodeSegments(posix);
}

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
