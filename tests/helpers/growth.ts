/**
 * How many times longer `run(8n)` takes than `run(n)`, after a warm-up, each the fastest of two runs
 * (a timer read on a shared machine is noisy; the fastest of two is the steadier figure). Linear code
 * gives about 8; code quadratic in n gives about 64. A run under 1 ms counts as 1 ms.
 */
export function growth(run: (n: number) => void, n: number): number {
  const time = (size: number) => {
    const t0 = performance.now();
    run(size);
    return performance.now() - t0;
  };
  time(Math.max(1, Math.floor(n / 3)));
  const small = Math.min(time(n), time(n));
  const large = Math.min(time(8 * n), time(8 * n));
  return large / Math.max(small, 1);
}
