import { YoyakuError } from '../../errors/yoyaku-error.js';

/** Gives the lock back; calling it again does nothing. */
export type Release = () => void;

/**
 * A first-come, first-served lock: one unit of work at a time (the memory storage, or one SQLite connection). A waiter
 * that does not get the lock within its timeout fails with `STORE_UNAVAILABLE` (a unit of work
 * started inside another one would wait for it forever otherwise).
 */
export class FifoLock {
  private held = false;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly what: string) {}

  acquire(timeoutMs: number): Promise<Release> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise<Release>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const grant = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        resolve(this.releaser());
      };
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          const at = this.waiters.indexOf(grant);
          if (at >= 0) this.waiters.splice(at, 1);
          reject(
            new YoyakuError(
              'STORE_UNAVAILABLE',
              `${this.what} stayed busy for ${timeoutMs} ms (is a unit of work started inside another?)`,
              { details: { timeoutMs } },
            ),
          );
        }, timeoutMs);
      }
      this.waiters.push(grant);
    });
  }

  /**
   * Takes the lock at once when it is free, without a Promise; `undefined` when it is held
   * (then wait with {@link FifoLock.acquire}).
   * @returns the release, or `undefined`
   */
  tryAcquire(): Release | undefined {
    if (this.held) return undefined;
    this.held = true;
    return this.releaser();
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }
}
