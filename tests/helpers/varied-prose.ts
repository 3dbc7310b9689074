/**
 * `count` sentences of news prose, each one different (numbers, a name with a varying suffix), for tests
 * that need a check to take long: one sentence repeated is checked fast from memos (3 MB of it in ~0.3 s),
 * 40,000 of these (3.6 MB) take about 1 s.
 */
export function variedProse(count: number): string {
  return Array.from({ length: count }, (_, i) => `Minister Karl Weber${i % 97} met ${i} reporters in Vienna and said talks would resume on day ${i % 365}.`).join(' ');
}
