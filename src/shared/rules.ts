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

/** A rule about the parent object: cached per object id, never shared across objects. */
export function objectRule<P extends { id: number | string }>(name: string, check: Check<P, unknown>, reason?: string) {
  return rule(name, { cache: (parent: P) => String(parent.id) })((parent: P, args, ctx: Context) => verdict(check, ctx, parent, args, reason));
}

/** A rule about a field's arguments (mutations, lookups): evaluated each time. */
export function argsRule<A>(name: string, check: Check<unknown, A>, reason?: string) {
  return rule(name, { cache: 'no_cache' })((parent, args: A, ctx: Context) => verdict(check, ctx, parent, args, reason));
}

/** Signed in as a person or a token. */
export const isSignedIn = viewerRule('signedIn', (ctx) => ctx.viewer.isSignedIn);

/** Signed in as a person (not a token). */
export const isPerson = viewerRule('person', (ctx) => ctx.viewer.kind === 'person', 'AUTH.PERSON_REQUIRED');

export { allow, deny, and, or, not } from 'graphql-shield';
