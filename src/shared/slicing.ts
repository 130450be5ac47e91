/**
 * Heavy requests give way to small ones. Node runs one piece of JavaScript at a time, so a request
 * resolving tens of thousands of objects would hold the event loop while a small request waits.
 * Every request starts normally; once it has resolved more object fields than the configured
 * bound (`Config.sliceAfterFields`), its further object fields are not resolved at once but
 * queued on one scheduler per process, which runs them in short slices on the event loop's check
 * phase. Between two slices the loop reads sockets and database replies, so a small request
 * advances a step and waits for about one slice, however many heavy requests are under way.
 * A queued call runs the field's whole resolver, permission layer included; only its time moves.
 *
 * With a priority floor (`Config.heavyFloorMs`), heavy slices also wait while a light request
 * (one not yet past the bound) is in flight, but never longer than the floor since the last slice:
 * small requests go first, heavy ones still advance.
 */
import { performance } from 'node:perf_hooks';
import {
  defaultFieldResolver,
  getNamedType,
  isCompositeType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

/** A queued call and where its answer goes. */
interface Task {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** How a scheduler cuts its work and meets the event loop (the clock and the loop are injectable for tests). */
export interface SchedulerOptions {
  /** How long one slice may run, in milliseconds. */
  sliceMs: number;
  /** The most calls one slice runs, however fast they are. */
  maxTasks: number;
  /** The clock (performance.now). */
  now?: () => number;
  /** Schedules the next slice (setImmediate: after the loop has read sockets and replies). */
  later?: (slice: () => void) => void;
  /** Calls `fn` after `ms` (setTimeout); answers a cancel. */
  timer?: (ms: number, fn: () => void) => () => void;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as PromiseLike<unknown> | null)?.then === 'function';

/**
 * A FIFO of deferred calls drained in slices. A call that answers a promise has its answer queued
 * again when it settles, so what graphql-js does with the answer (the object's own fields) also
 * happens inside a slice, not in the turn of the database reply.
 */
export class SliceScheduler {
  private tasks: Task[] = [];
  private head = 0;
  private scheduled = false;
  /** Cancels the timer of a slice held back by light requests (null: none held back). */
  private held: (() => void) | null = null;
  /** When the last slice ended. */
  private lastSlice = -Infinity;
  /** Light requests in flight. */
  private light = 0;
  /** While light requests are in flight, the longest a slice waits after the last one (0: never waits). */
  floorMs = 0;
  /** Calls run so far, answers delivered included. */
  ran = 0;
  /** Slices run so far. */
  slices = 0;
  /** Slices held back for light requests so far. */
  heldBack = 0;
  private readonly now: () => number;
  private readonly later: (slice: () => void) => void;
  private readonly timer: (ms: number, fn: () => void) => () => void;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? (() => performance.now());
    this.later = options.later ?? ((slice) => void setImmediate(slice));
    this.timer =
      options.timer ??
      ((ms, fn) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      });
  }

  /** Light requests in flight now. */
  get lightInFlight(): number {
    return this.light;
  }

  /** A light request is under way: slices wait for it (up to the floor). */
  lightStarted(): void {
    this.light++;
  }

  /** A light request is over (or has turned heavy); the last one releases a held-back slice. */
  lightEnded(): void {
    this.light--;
    if (this.light === 0 && this.held) {
      this.held();
      this.held = null;
      this.later(() => void this.slice());
    }
  }

  /** How long the next slice must still wait for light requests (0: it may run). */
  private holdFor(): number {
    if (this.light === 0 || this.floorMs <= 0) return 0;
    return Math.max(0, this.lastSlice + this.floorMs - this.now());
  }

  /** Holds the coming slice back until the light requests are over or the floor is reached. */
  private hold(ms: number): void {
    this.heldBack++;
    this.held = this.timer(ms, () => {
      this.held = null;
      void this.slice(true);
    });
  }

  /** Calls waiting for a slice. */
  get pending(): number {
    return this.tasks.length - this.head;
  }

  /** Runs `run` in a coming slice; its answer, or its promise's, is delivered in a slice too. */
  enqueue<T>(run: () => T | PromiseLike<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => this.push({ run, resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Appends a call and makes sure a slice is coming. */
  private push(task: Task): void {
    this.tasks.push(task);
    if (!this.scheduled) {
      this.scheduled = true;
      this.later(() => void this.slice());
    }
  }

  /** The oldest call, dropping consumed slots now and then. */
  private take(): Task {
    const task = this.tasks[this.head++];
    if (this.head > 1024 && this.head * 2 > this.tasks.length) {
      this.tasks = this.tasks.slice(this.head);
      this.head = 0;
    }
    return task;
  }

  /** Runs one call; a promised answer comes back through the queue once settled. */
  private runTask(task: Task): void {
    try {
      const value = task.run();
      if (isThenable(value)) value.then((settled) => this.push({ ...task, run: () => settled }), task.reject);
      else task.resolve(value);
    } catch (err) {
      task.reject(err);
    }
  }

  /**
   * One slice: calls in order until the slice's time or call count is spent, then the next slice
   * is scheduled if work remains. Each call's completion (microtasks) runs before the clock is read.
   * Held back while light requests are in flight, unless `floorReached`.
   */
  private async slice(floorReached = false): Promise<void> {
    const wait = floorReached ? 0 : this.holdFor();
    if (wait > 0) return this.hold(wait);
    this.slices++;
    const end = this.now() + this.options.sliceMs;
    let ran = 0;
    while (this.pending > 0 && ran < this.options.maxTasks) {
      this.runTask(this.take());
      ran++;
      await undefined;
      if (this.now() >= end) break;
    }
    this.ran += ran;
    this.lastSlice = this.now();
    this.scheduled = false;
    if (this.pending > 0) {
      this.scheduled = true;
      this.later(() => void this.slice());
    }
  }
}

/** The process's one scheduler: slices of 1 ms, at most 200 calls each. */
export const scheduler = new SliceScheduler({ sliceMs: 1, maxTasks: 200 });

/** What the slicing reads from a request's context. */
interface SlicedContext {
  config?: { sliceAfterFields: number; heavyFloorMs?: number };
  fieldsResolved?: number;
  lightCalls?: number;
}

/** Counts a light request in on `slices`: it is in flight until its promised answers are all settled. */
function lightStarts(ctx: SlicedContext, slices: SliceScheduler, floorMs: number): void {
  slices.floorMs = floorMs;
  ctx.lightCalls = 0;
  slices.lightStarted();
  queueMicrotask(() => lightMayEnd(ctx, slices));
}

/** Counts the request out once nothing of it is pending (or it has turned heavy). */
function lightEnds(ctx: SlicedContext, slices: SliceScheduler): void {
  if (ctx.lightCalls === undefined) return;
  ctx.lightCalls = undefined;
  slices.lightEnded();
}

/**
 * Ends the request's light time when no answer of it is pending. Checked a microtask after the
 * last one settled: graphql-js resolves the object's own fields in the settling turn, before it.
 */
function lightMayEnd(ctx: SlicedContext, slices: SliceScheduler): void {
  if (ctx.lightCalls === 0) lightEnds(ctx, slices);
}

/** Keeps a light request in flight until `value` (a promise, or a list holding promises) settles. */
function track(ctx: SlicedContext, slices: SliceScheduler, value: unknown): void {
  const settled = () => {
    if (ctx.lightCalls === undefined) return;
    if (--ctx.lightCalls === 0) queueMicrotask(() => lightMayEnd(ctx, slices));
  };
  const one = (v: unknown) => {
    if (!isThenable(v)) return;
    ctx.lightCalls!++;
    v.then(settled, settled);
  };
  if (Array.isArray(value)) value.forEach(one);
  else one(value);
}

/**
 * Queues the object fields (objects, interfaces, unions, lists of them) of every request past its
 * first `config.sliceAfterFields` on `slices`; leaf fields always run at once. With
 * `config.heavyFloorMs`, a request not yet past the bound counts as light while its object fields'
 * answers are pending. Apply it to the served schema last, so that a queued call runs the whole
 * middleware chain. In place.
 */
export function sliceHeavyRequests(schema: GraphQLSchema, slices: SliceScheduler = scheduler): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, SlicedContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: SlicedContext, info) => {
        const after = ctx?.config?.sliceAfterFields;
        if (!after) return resolve(source, args, ctx, info);
        const n = (ctx.fieldsResolved = (ctx.fieldsResolved ?? 0) + 1);
        if (n > after) {
          lightEnds(ctx, slices);
          return slices.enqueue(() => resolve(source, args, ctx, info));
        }
        const floorMs = ctx.config!.heavyFloorMs;
        if (!floorMs) return resolve(source, args, ctx, info);
        if (n === 1) lightStarts(ctx, slices, floorMs);
        const value = resolve(source, args, ctx, info);
        if (ctx.lightCalls !== undefined) track(ctx, slices, value);
        return value;
      };
    }
  }
  return schema;
}
