import { describe, expect, it } from 'vitest';
import { growth } from './growth.js';

// The linear-time tests rest on this helper telling the two apart, so it is tested on code of known growth.
describe('growth', () => {
  let sink = 0;
  const linear = (n: number) => {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = i * 1.5;
    for (let i = 0; i < n; i++) sink += a[i] as number;
  };
  const quadratic = (n: number) => {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[j] = (a[j] as number) + i;
    sink += a[0] as number;
  };

  it('reads linear code under the limit the tests use', () => {
    expect(growth(linear, 2_000_000)).toBeLessThan(24);
  });

  it('reads quadratic code well over it', () => {
    expect(growth(quadratic, 1_500)).toBeGreaterThan(24);
    expect(sink).toBeGreaterThan(0);
  });
});
