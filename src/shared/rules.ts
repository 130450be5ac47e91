import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { AppError, forbidden, unauthenticated } from './errors';

/** The refusal for this caller: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function refusal(ctx: Context, reason?: string): Error {
  return ctx.viewer.isSignedIn ? forbidden(reason) : unauthenticated();
}

type Check<P, A> = (ctx: Context, parent: P, args: A) => boolean | Error | Promise<boolean | Error>;

/**
 * Runs a check and turns its answer into shield's: true, or the error to answer with.
 * Every rule here needs a caller. A coded error thrown by the check (an unknown code, a malformed id) is answered as is;
 * shield would otherwise swallow it into a bare refusal.
 */
async function verdict<P, A>(check: Check<P, A>, ctx: Context, parent: P, args: A, reason?: string): Promise<true | Error> {
  // Anonymous callers learn nothing, not even whether what they named exists.
  if (!ctx.viewer.isSignedIn) return unauthenticated();
  try {
    const ok = await check(ctx, parent, args);
    return ok === true ? true : ok instanceof Error ? ok : refusal(ctx, reason);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

/** A rule that depends only on the caller: computed once per request. */
export function viewerRule(name: string, check: Check<unknown, unknown>, reason?: string) {
  return rule(name, { cache: 'contextual' })((parent, args, ctx: Context) => verdict(check, ctx, parent, args, reason));
}

type ObjectCheck<P> = (ctx: Context, parent: P) => boolean;

/** The synchronous form of an object rule, for the permission layer's fast path. */
export interface SyncObjectRule {
  name: string;
  /** true, or the error to answer with; memoised per request and object. */
  evaluate(ctx: Context, parent: { id: number | string }): true | Error;
}

export const SYNC_RULE = Symbol('syncObjectRule');

/**
 * A rule about the parent object, decided without I/O: cached per object id, never shared
 * across objects. It carries its synchronous form, so that the permission layer can check the
 * fields it guards without turning each of them into a promise (see permissions.ts).
 */
export function objectRule<P extends { id: number | string }>(name: string, check: ObjectCheck<P>, reason?: string) {
  const shieldRule = rule(name, { cache: (parent: P) => String(parent.id) })((parent: P, args, ctx: Context) => verdict(check, ctx, parent, args, reason));
  const sync: SyncObjectRule = {
    name,
    evaluate(ctx, parent) {
      // Memoised per object (by identity), per request: never shared across objects.
      const memos = (ctx.ruleMemo ??= new Map());
      let memo = memos.get(sync);
      if (!memo) memos.set(sync, (memo = new WeakMap()));
      let answer = memo.get(parent);
      if (answer === undefined) {
        answer = !ctx.viewer.isSignedIn ? unauthenticated() : check(ctx, parent as P) ? true : refusal(ctx, reason);
        memo.set(parent, answer);
      }
      return answer;
    },
  };
  return Object.assign(shieldRule, { [SYNC_RULE]: sync });
}

/** A rule about a field's arguments (mutations, lookups): evaluated each time. */
export function argsRule<A>(name: string, check: Check<unknown, A>, reason?: string) {
  return rule(name, { cache: 'no_cache' })((parent, args: A, ctx: Context) => verdict(check, ctx, parent, args, reason));
}

/** The memo key of answers that depend on the caller alone. */
const WHOEVER = {};

/**
 * A rule about the caller alone, decided without I/O: computed once per request, and carrying
 * its synchronous form for the permission layer's fast path (like `objectRule`).
 */
function syncViewerRule(name: string, check: (ctx: Context) => boolean, reason?: string) {
  const shieldRule = viewerRule(name, check, reason);
  const sync: SyncObjectRule = {
    name,
    evaluate(ctx) {
      const memos = (ctx.ruleMemo ??= new Map());
      let memo = memos.get(sync);
      if (!memo) memos.set(sync, (memo = new WeakMap()));
      let answer = memo.get(WHOEVER);
      if (answer === undefined) {
        answer = !ctx.viewer.isSignedIn ? unauthenticated() : check(ctx) ? true : refusal(ctx, reason);
        memo.set(WHOEVER, answer);
      }
      return answer;
    },
  };
  return Object.assign(shieldRule, { [SYNC_RULE]: sync });
}

/** Signed in as a person or a token. */
export const isSignedIn = syncViewerRule('signedIn', (ctx) => ctx.viewer.isSignedIn);

/** Signed in as a person (not a token). */
export const isPerson = syncViewerRule('person', (ctx) => ctx.viewer.kind === 'person', 'AUTH.PERSON_REQUIRED');

export { allow, deny, and, or, not } from 'graphql-shield';
