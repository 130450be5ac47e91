import { rule } from 'graphql-shield';
import { Scope } from '../auth/scopes';
import type { Context } from '../context';
import { AppError, forbidden, unauthenticated } from './errors';

/** The refusal for this caller: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function refusal(ctx: Context, reason?: string): Error {
  return ctx.viewer.isSignedIn ? forbidden(reason) : unauthenticated();
}

/** A check's answer: true; false for the rule's own refusal; or the refusal to answer with. */
export type Verdict = boolean | Error;

/** FORBIDDEN `AUTH.SCOPE_REQUIRED`: the calling token lacks `scope`, named in `extensions.scope`. */
export function scopeRequired(scope: Scope): AppError {
  const err = forbidden('AUTH.SCOPE_REQUIRED', `This needs a token with the ${scope} scope.`);
  err.extensions.scope = scope;
  return err;
}

/** FORBIDDEN `AUTH.OUTSIDE_TOKEN_SUBTREE`: the calling token has the scope, but not there. */
export const outsideTokenSubtree = () =>
  forbidden('AUTH.OUTSIDE_TOKEN_SUBTREE', "That lies outside the token's subtree.");

/** FORBIDDEN `AUTH.NOT_TOKEN_ORGANISATION`: a token writes for its own organisation only. */
export const notTokenOrganisation = () =>
  forbidden('AUTH.NOT_TOKEN_ORGANISATION', 'A token writes for its own organisation only.');

/**
 * The one place a token's scopes are checked for a place: may the caller read records of kind
 * `scope` at `path`? A person: whether a role reads there (false: the rule's own refusal). A
 * token: true, or the refusal saying what it lacks — the scope first, then the place.
 */
export function readVerdict(ctx: Context, path: string, scope: Scope): Verdict {
  const v = ctx.viewer;
  if (v.kind !== 'token') return v.canRead(path, scope);
  if (!v.hasScope(scope)) return scopeRequired(scope);
  return v.canRead(path, scope) || outsideTokenSubtree();
}

/** May the caller see the public fields of the tree node at `path`? (`Viewer.canSeeTreeNode`, a token's refusal saying why.) */
export function treeNodeVerdict(ctx: Context, path: string): Verdict {
  const v = ctx.viewer;
  if (v.kind !== 'token') return v.canSeeTreeNode(path);
  if (!v.hasScope(Scope.TREE_READ)) return scopeRequired(Scope.TREE_READ);
  return v.canSeeTreeNode(path) || outsideTokenSubtree();
}

/** A token writing under `scope` for organisation `organisationId`: the scope first, then its own organisation only. */
export function tokenWriteVerdict(ctx: Context, organisationId: number, scope: Scope): Verdict {
  const v = ctx.viewer;
  if (!v.hasScope(scope)) return scopeRequired(scope);
  return v.tokenOrganisationId === organisationId || notTokenOrganisation();
}

/** A token's scope alone (people: true, their roles decide): true, or the refusal naming it. */
export const scopeVerdict = (ctx: Context, scope: Scope): Verdict => ctx.viewer.hasScope(scope) || scopeRequired(scope);

/** The first verdict that is not true, computing each only when those before it passed. */
export function allOf(...checks: (() => Verdict)[]): Verdict {
  for (const check of checks) {
    const ok = check();
    if (ok !== true) return ok;
  }
  return true;
}

/** Shield's answer for a check's verdict: true, the verdict's own error, or the rule's refusal. */
const answerOf = (ctx: Context, ok: Verdict, reason?: string): true | Error =>
  ok === true ? true : ok instanceof Error ? ok : refusal(ctx, reason);

type Check<P, A> = (ctx: Context, parent: P, args: A) => Verdict | Promise<Verdict>;

/**
 * Runs a check and turns its answer into shield's: true, or the error to answer with.
 * Every rule here needs a caller. A coded error thrown by the check (an unknown code, a malformed id) is answered as is;
 * shield would otherwise swallow it into a bare refusal.
 */
async function verdict<P, A>(
  check: Check<P, A>,
  ctx: Context,
  parent: P,
  args: A,
  reason?: string,
): Promise<true | Error> {
  // Anonymous callers learn nothing, not even whether what they named exists.
  if (!ctx.viewer.isSignedIn) return unauthenticated();
  try {
    return answerOf(ctx, await check(ctx, parent, args), reason);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

/** A rule that depends only on the caller: computed once per request. */
export function viewerRule(name: string, check: Check<unknown, unknown>, reason?: string) {
  return rule(name, { cache: 'contextual' })((parent, args, ctx: Context) => verdict(check, ctx, parent, args, reason));
}

type ObjectCheck<P> = (ctx: Context, parent: P) => Verdict;

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
  const shieldRule = rule(name, { cache: (parent: P) => String(parent.id) })((parent: P, args, ctx: Context) =>
    verdict(check, ctx, parent, args, reason),
  );
  const sync: SyncObjectRule = {
    name,
    evaluate(ctx, parent) {
      // Memoised per object (by identity), per request: never shared across objects.
      const memos = (ctx.ruleMemo ??= new Map());
      let memo = memos.get(sync);
      if (!memo) memos.set(sync, (memo = new WeakMap()));
      let answer = memo.get(parent);
      if (answer === undefined) {
        answer = !ctx.viewer.isSignedIn ? unauthenticated() : answerOf(ctx, check(ctx, parent as P), reason);
        memo.set(parent, answer);
      }
      return answer;
    },
  };
  return Object.assign(shieldRule, { [SYNC_RULE]: sync });
}

/** A rule about a field's arguments (mutations, lookups): evaluated each time. */
export function argsRule<A>(name: string, check: Check<unknown, A>, reason?: string) {
  return rule(name, { cache: 'no_cache' })((parent, args: A, ctx: Context) =>
    verdict(check, ctx, parent, args, reason),
  );
}

/** The memo key of answers that depend on the caller alone. */
const WHOEVER = {};

/**
 * A rule about the caller alone, decided without I/O: computed once per request, and carrying
 * its synchronous form for the permission layer's fast path (like `objectRule`).
 */
function syncViewerRule(name: string, check: (ctx: Context) => Verdict, reason?: string) {
  const shieldRule = viewerRule(name, check, reason);
  const sync: SyncObjectRule = {
    name,
    evaluate(ctx) {
      const memos = (ctx.ruleMemo ??= new Map());
      let memo = memos.get(sync);
      if (!memo) memos.set(sync, (memo = new WeakMap()));
      let answer = memo.get(WHOEVER);
      if (answer === undefined) {
        answer = !ctx.viewer.isSignedIn ? unauthenticated() : answerOf(ctx, check(ctx), reason);
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
