/** The text with combining marks (accents) removed: "Sánchez" → "Sanchez". */
export function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
