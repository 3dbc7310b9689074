import picomatch from 'picomatch';

/** Whether a path, relative to the configuration folder with forward slashes, matches. */
export type Matcher = (relPath: string) => boolean;

/**
 * As in .gitignore: a pattern matches a file or any folder the file is in (`drafts` and `drafts/`
 * cover the whole folder); one without a slash matches at any depth (`*.md`), one with a slash is
 * anchored at the configuration folder (`/drafts`, `desk/*.md`). Dotfiles match too.
 */
export function globMatcher(patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  // picomatch's own basename option also applies to patterns with a slash, so "**/" is added here instead.
  const globs = patterns.map((p) => p.replace(/\/+$/, '')).map((p) => (p.includes('/') ? p.replace(/^\.?\//, '') : `**/${p}`));
  const isMatch = picomatch(globs, { dot: true });
  return (rel) => {
    const parts = rel.split('/');
    for (let n = parts.length; n > 0; n--) if (isMatch(parts.slice(0, n).join('/'))) return true;
    return false;
  };
}
