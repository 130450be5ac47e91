/**
 * The slice scheduler's logic, on a fake clock and a hand-driven event loop: calls run in the
 * order queued, a slice ends when its time or its call count is spent, the next slice comes only
 * while work remains, and a promised answer is delivered through the queue (after the calls
 * queued before it settled), with failures passed on.
 */
import { SliceScheduler } from '../../src/shared/slicing';

/** A scheduler whose slices run when `turn()` is called and whose clock moves by `cost` per call. */
function harness(sliceMs: number, maxTasks: number) {
  let clock = 0;
  const waiting: (() => void)[] = [];
  const s = new SliceScheduler({ sliceMs, maxTasks, now: () => clock, later: (slice) => void waiting.push(slice) });
  const log: string[] = [];
  /** Queues a call named `name` that costs `cost` ms and answers `value`. */
  const call = <T>(name: string, cost: number, value: T | (() => T)) =>
    s.enqueue(() => {
      log.push(name);
      clock += cost;
      return typeof value === 'function' ? (value as () => T)() : value;
    });
  /** Runs the next scheduled slice to its end; the names it ran. */
  const turn = async (): Promise<string[]> => {
    const from = log.length;
    const slice = waiting.shift();
    if (!slice) throw new Error('no slice scheduled');
    slice();
    // Let the slice's awaits and the answers' microtasks run out.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    return log.slice(from);
  };
  return { s, call, turn, log, waiting };
}

describe('SliceScheduler', () => {
  it('runs calls in the order queued, a slice ending once its time is spent', async () => {
    const h = harness(1, 100);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((n) => h.call(n, 0.4, n.toUpperCase()));
    expect(h.log).toEqual([]); // nothing runs at once
    expect(h.waiting).toHaveLength(1); // one slice scheduled, not one per call
    expect(await h.turn()).toEqual(['a', 'b', 'c']); // 0.4, 0.8, 1.2 ≥ 1 ms: the slice ends
    expect(h.waiting).toHaveLength(1);
    expect(await h.turn()).toEqual(['d', 'e']);
    expect(h.waiting).toHaveLength(0); // no work, no slice
    await expect(Promise.all(answers)).resolves.toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(h.s.ran).toBe(5);
    expect(h.s.slices).toBe(2);
  });

  it('ends a slice after its most calls, however fast they are', async () => {
    const h = harness(1, 3);
    for (let i = 0; i < 7; i++) void h.call(`t${i}`, 0, i);
    expect(await h.turn()).toEqual(['t0', 't1', 't2']);
    expect(await h.turn()).toEqual(['t3', 't4', 't5']);
    expect(await h.turn()).toEqual(['t6']);
    expect(h.s.pending).toBe(0);
  });

  it('queues calls made during a slice behind those already waiting', async () => {
    const h = harness(1, 100);
    void h.call('parent', 0.1, () => void h.call('child', 0.1, null));
    void h.call('sibling', 0.1, null);
    // The child is queued while the slice runs: it comes after the sibling, in the same slice while time remains.
    expect(await h.turn()).toEqual(['parent', 'sibling', 'child']);
  });

  it('delivers a promised answer through the queue, behind the calls queued before it settled', async () => {
    const h = harness(1, 100);
    let settle!: (v: string) => void;
    const answer = h.call('load', 0.1, () => new Promise<string>((r) => (settle = r)));
    let delivered = false;
    void answer.then(() => (delivered = true));
    expect(await h.turn()).toEqual(['load']);
    expect(h.waiting).toHaveLength(0); // waiting for the promise is no work
    void h.call('other', 0.1, null);
    settle('row');
    await Promise.resolve();
    expect(delivered).toBe(false); // settled, but not yet handed on
    expect(await h.turn()).toEqual(['other']);
    expect(delivered).toBe(true);
    await expect(answer).resolves.toBe('row');
    expect(h.s.ran).toBe(3); // the call, the other call, the delivery
  });

  it('passes on failures, thrown or rejected, and goes on with the next call', async () => {
    const h = harness(1, 100);
    const thrown = h.call('throws', 0.1, () => {
      throw new Error('refused');
    });
    const rejected = h.call('rejects', 0.1, () => Promise.reject(new Error('no row')));
    const fine = h.call('fine', 0.1, 'ok');
    await h.turn();
    await expect(thrown).rejects.toThrow('refused');
    await expect(rejected).rejects.toThrow('no row');
    await expect(fine).resolves.toBe('ok');
  });
});
