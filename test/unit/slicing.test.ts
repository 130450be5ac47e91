/**
 * The slice scheduler's logic, on a fake clock and a hand-driven event loop: calls run in the
 * order queued, a slice ends when its time or its call count is spent, the next slice comes only
 * while work remains, and a promised answer is delivered through the queue (after the calls
 * queued before it settled), with failures passed on. With a priority floor, slices wait while a
 * light request is in flight, until it ends or the floor is reached; and the schema wrapper
 * counts a light request in flight exactly while its object fields' answers are pending.
 */
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { SliceScheduler, sliceHeavyRequests } from '../../src/shared/slicing';

/** A scheduler whose slices run when `turn()` is called and whose clock moves by `cost` per call. */
function harness(sliceMs: number, maxTasks: number) {
  let clock = 0;
  const waiting: (() => void)[] = [];
  /** Timers set by the scheduler (slices held back for light requests), by due time. */
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const s = new SliceScheduler({
    sliceMs,
    maxTasks,
    now: () => clock,
    later: (slice) => void waiting.push(slice),
    timer: (ms, fn) => {
      const t = { at: clock + ms, fn, cancelled: false };
      timers.push(t);
      return () => void (t.cancelled = true);
    },
  });
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
  /** Moves the clock by `ms`, firing the timers due; the names the slices they started ran. */
  const advance = async (ms: number): Promise<string[]> => {
    const from = log.length;
    clock += ms;
    for (const t of timers.splice(0).filter((x) => !x.cancelled)) {
      if (t.at <= clock) t.fn();
      else timers.push(t);
    }
    for (let i = 0; i < 50; i++) await Promise.resolve();
    return log.slice(from);
  };
  const liveTimers = () => timers.filter((t) => !t.cancelled).length;
  return { s, call, turn, advance, liveTimers, log, waiting };
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

  it('runs slices as before while no light request is in flight, floor or not', async () => {
    const h = harness(1, 100);
    h.s.floorMs = 8;
    void h.call('a', 0.6, null);
    void h.call('b', 0.6, null);
    expect(await h.turn()).toEqual(['a', 'b']);
    void h.call('c', 0.1, null);
    expect(await h.turn()).toEqual(['c']); // right after the last slice: nobody light to wait for
    expect(h.s.heldBack).toBe(0);
  });

  it('holds slices back while a light request is in flight, and lets them go when it ends', async () => {
    const h = harness(1, 100);
    h.s.floorMs = 8;
    void h.call('a', 0.5, null);
    expect(await h.turn()).toEqual(['a']); // the last slice ended at 0.5 ms
    h.s.lightStarted();
    void h.call('b', 0.5, null);
    expect(await h.turn()).toEqual([]); // held back: a light request is in flight
    expect(h.s.heldBack).toBe(1);
    expect(await h.advance(3)).toEqual([]); // 3.5 ms after the last slice, below the floor
    h.s.lightEnded();
    expect(h.liveTimers()).toBe(0); // the floor's timer is cancelled…
    expect(await h.turn()).toEqual(['b']); // …and the slice comes on the loop at once
  });

  it('runs a slice at the latest a floor after the last one, however long light requests last', async () => {
    const h = harness(1, 100);
    h.s.floorMs = 8;
    void h.call('a', 0.5, null);
    await h.turn(); // ended at 0.5 ms
    h.s.lightStarted();
    for (let i = 0; i < 3; i++) void h.call(`b${i}`, 0.6, null);
    expect(await h.turn()).toEqual([]);
    expect(await h.advance(7.9)).toEqual([]); // 8.4 ms: still within the floor
    expect(await h.advance(0.1)).toEqual(['b0', 'b1']); // 8.5 ms: one slice (1 ms), not all the work
    expect(await h.turn()).toEqual([]); // held back again, for a floor after that slice
    expect(await h.advance(8)).toEqual(['b2']);
    expect(h.s.pending).toBe(0);
    h.s.lightEnded();
    expect(h.waiting).toHaveLength(0); // no work left, nothing scheduled
  });

  it('waits for the last of several light requests', async () => {
    const h = harness(1, 100);
    h.s.floorMs = 8;
    h.s.lightStarted();
    h.s.lightStarted();
    void h.call('a', 0.1, null);
    expect(await h.turn()).toEqual(['a']); // no slice yet: the first one is not held back
    void h.call('b', 0.1, null);
    expect(await h.turn()).toEqual([]);
    h.s.lightEnded();
    expect(h.waiting).toHaveLength(0); // one is still in flight
    h.s.lightEnded();
    expect(await h.turn()).toEqual(['b']);
  });
});

describe('sliceHeavyRequests: light requests in flight', () => {
  /** A schema whose `items` answer `n` objects each a promise settled on demand, sliced after `after` object fields. */
  function setup(after: number, floorMs: number) {
    const s = new SliceScheduler({ sliceMs: 1, maxTasks: 100, later: (slice) => void setImmediate(slice) });
    const light = { started: 0, ended: 0 };
    const started = s.lightStarted.bind(s);
    const ended = s.lightEnded.bind(s);
    s.lightStarted = () => void (light.started++, started());
    s.lightEnded = () => void (light.ended++, ended());
    const settle: (() => void)[] = [];
    const Item = new GraphQLObjectType({ name: 'Item', fields: { name: { type: GraphQLString } } });
    const Query = new GraphQLObjectType({
      name: 'Query',
      fields: {
        items: {
          type: new GraphQLList(Item),
          args: { n: { type: GraphQLString } },
          resolve: (_s, { n }: { n: string }) =>
            Array.from({ length: Number(n) }, (_, i) => new Promise((r) => settle.push(() => r({ name: `i${i}` })))),
        },
        sync: { type: Item, resolve: () => ({ name: 'now' }) },
        fails: { type: Item, resolve: () => Promise.reject(new Error('no row')) },
      },
    });
    const schema = sliceHeavyRequests(new GraphQLSchema({ query: Query }), s);
    const run = (source: string) =>
      graphql({ schema, source, contextValue: { config: { sliceAfterFields: after, heavyFloorMs: floorMs } } });
    const flush = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    return { s, light, settle, run, flush };
  }

  it('counts a light request in flight until its last pending answer settles', async () => {
    const t = setup(100, 8);
    const answer = t.run('{ items(n: "3") { name } }');
    await t.flush();
    expect(t.light).toEqual({ started: 1, ended: 0 });
    t.settle[0]();
    t.settle[1]();
    await t.flush();
    expect(t.light.ended).toBe(0); // one item still pending
    t.settle[2]();
    await expect(answer).resolves.toEqual({ data: { items: [{ name: 'i0' }, { name: 'i1' }, { name: 'i2' }] } });
    expect(t.light).toEqual({ started: 1, ended: 1 });
  });

  it('counts out a request whose answers are all at once, or refused', async () => {
    const t = setup(100, 8);
    await expect(t.run('{ sync { name } }')).resolves.toEqual({ data: { sync: { name: 'now' } } });
    const failed = await t.run('{ fails { name } }');
    expect(failed.errors?.[0].message).toBe('no row');
    await t.flush();
    expect(t.light).toEqual({ started: 2, ended: 2 });
  });

  it('counts a request out once it turns heavy, once', async () => {
    const t = setup(2, 8);
    const answer = t.run('{ a: sync { name } b: sync { name } c: items(n: "3") { name } }');
    await t.flush();
    // `a` and `b` are light; the third object field is queued: the request is heavy now.
    expect(t.light).toEqual({ started: 1, ended: 1 });
    await new Promise((r) => setImmediate(r)); // the slice runs `c`
    t.settle.forEach((f) => f());
    await expect(answer).resolves.toMatchObject({ data: { c: [{ name: 'i0' }, { name: 'i1' }, { name: 'i2' }] } });
    expect(t.light).toEqual({ started: 1, ended: 1 });
  });

  it('counts nothing without a floor', async () => {
    const t = setup(100, 0);
    const answer = t.run('{ items(n: "1") { name } }');
    await t.flush();
    t.settle[0]();
    await answer;
    expect(t.light).toEqual({ started: 0, ended: 0 });
  });
});
