import { HttpError } from './errors.js';

export const DEFAULT_MAX_QUEUE = 64;

/**
 * Bounds the check requests the service holds at once: each keeps its texts in memory until its
 * answer is sent, and waits for a checking thread behind the others. Beyond `workers + maxQueue`
 * requests a new one gets 503 with Retry-After at once, instead of waiting behind a queue that only
 * grows. Counted from when a body has been read and validated until its answer is sent, so a client
 * still uploading (bounded by --request-timeout) holds no place.
 */
export class Admission {
  private held = 0;
  private readonly limit: number;

  constructor(workers: number, maxQueue: number) {
    this.limit = workers + maxQueue;
  }

  /** Throws the 503 when full; otherwise does nothing (a cheap refusal before reading a body). */
  check(): void {
    if (this.held >= this.limit) throw new HttpError(503, 'busy', `the service already holds ${this.limit} check requests (--workers plus --max-queue); try again later`, { 'Retry-After': '1' });
  }

  /** Takes a place (or throws the 503); `leave` gives it back. */
  enter(): void {
    this.check();
    this.held++;
  }

  leave(): void {
    this.held--;
  }
}
