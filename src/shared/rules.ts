import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { forbidden, unauthenticated } from './errors';

/** The refusal for this caller: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function refusal(ctx: Context, reason?: string): Error {
  return ctx.viewer.isSignedIn ? forbidden(reason) : unauthenticated();
}

type Check<P, A> = (ctx: Context, parent: P, args: A) => boolean | Error | Promise<boolean | Error>;

const verdict = (ctx: Context, ok: boolean | Error, reason?: string) => (ok === true ? true : ok instanceof Error ? ok : refusal(ctx, reason));

/** A rule that depends only on the caller: computed once per request. */
export function viewerRule(name: string, check: Check<unknown, unknown>, reason?: string) {
  return rule(name, { cache: 'contextual' })(async (parent, args, ctx: Context) => verdict(ctx, await check(ctx, parent, args), reason));
}

/** A rule about the parent object: cached per object id, never shared across objects. */
export function objectRule<P extends { id: number | string }>(name: string, check: Check<P, unknown>, reason?: string) {
  return rule(name, { cache: (parent: P) => String(parent.id) })(async (parent: P, args, ctx: Context) =>
    verdict(ctx, await check(ctx, parent, args), reason),
  );
}

/** A rule about a field's arguments (mutations, lookups): evaluated each time. */
export function argsRule<A>(name: string, check: Check<unknown, A>, reason?: string) {
  return rule(name, { cache: 'no_cache' })(async (parent, args: A, ctx: Context) => verdict(ctx, await check(ctx, parent, args), reason));
}

/** Signed in as a person or a token. */
export const isSignedIn = viewerRule('signedIn', (ctx) => ctx.viewer.isSignedIn);

/** Signed in as a person (not a token). */
export const isPerson = viewerRule('person', (ctx) => ctx.viewer.kind === 'person', 'AUTH.PERSON_REQUIRED');

export { allow, deny, and, or, not } from 'graphql-shield';
