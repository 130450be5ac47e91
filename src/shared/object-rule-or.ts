import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { SYNC_RULE, type SyncObjectRule } from './rules';

/** Marks a rule the permission layer guards with `guardObjectRuleOr` (see permissions.ts). */
export const OBJECT_RULE_OR = Symbol('objectRuleOr');

/** An object rule, and a second check (with I/O) that may still allow what it refused. */
export interface ObjectRuleOr {
  name: string;
  first: SyncObjectRule;
  /** true, or the first rule's refusal; memoised per request and object. */
  reconsider(ctx: Context, parent: { id: number | string }, refusal: Error): Promise<true | Error>;
}

type Second<P> = (ctx: Context, parent: P) => Promise<boolean>;

/**
 * `first`, or failing it `second`: an object rule decided without I/O on its fast path, whose
 * refusals get a second, asynchronous check (a loader's answer, say). A signed-in caller only;
 * when the second check fails too, the first rule's refusal stands. The common case (the first
 * rule allows) stays synchronous in the permission layer.
 */
export function objectRuleOr<P extends { id: number | string }>(
  first: { [SYNC_RULE]: SyncObjectRule },
  name: string,
  second: Second<P>,
) {
  const sync = first[SYNC_RULE];
  const memos = new WeakMap<Context, WeakMap<object, Promise<true | Error>>>();
  const or: ObjectRuleOr = {
    name,
    first: sync,
    reconsider(ctx, parent, refusal) {
      if (!ctx.viewer.isSignedIn) return Promise.resolve(refusal);
      let memo = memos.get(ctx);
      if (!memo) memos.set(ctx, (memo = new WeakMap()));
      let answer = memo.get(parent);
      if (!answer) memo.set(parent, (answer = second(ctx, parent as P).then((ok) => (ok ? true : refusal))));
      return answer;
    },
  };
  const shieldRule = rule(name, { cache: (parent: P) => String(parent.id) })(async (parent: P, _args, ctx: Context) => {
    const answer = sync.evaluate(ctx, parent);
    return answer === true ? true : or.reconsider(ctx, parent, answer);
  });
  return Object.assign(shieldRule, { [OBJECT_RULE_OR]: or });
}
