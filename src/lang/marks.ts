/** The text with combining marks (accents) removed: "Sánchez" → "Sanchez". */
export function withoutMarks(s: string): string {
  // ASCII has no marks and decomposes to itself
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.normalize('NFD').replace(/\p{M}/gu, '');
  return s;
}
