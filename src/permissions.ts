import { allow, deny, shield } from 'graphql-shield';
import { middleware } from 'graphql-middleware';
import type { IRules } from 'graphql-shield';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { Context } from './context';
import { PLATFORM } from './modules';
import { OBJECT_RULE_OR, type ObjectRuleOr } from './shared/object-rule-or';
import { refusal, SYNC_RULE, type SyncObjectRule } from './shared/rules';

/** Every module's rules in one shield: whatever no rule names is denied. */
export const RULES = PLATFORM.rules;

/** The rule that applies to `type.field`, the way graphql-shield picks it (undefined: the fallback). */
export function ruleOf(type: string, field: string): unknown {
  const typeRules = RULES[type] as Record<string, unknown> | undefined;
  if (!typeRules || typeof typeRules !== 'object' || 'resolve' in typeRules) return typeRules;
  return typeRules[field] ?? typeRules['*'];
}

type FieldMiddleware = (
  resolve: GraphQLFieldResolver<unknown, Context>,
  parent: unknown,
  args: unknown,
  ctx: Context,
  info: GraphQLResolveInfo,
) => unknown;

/** Checks a synchronous object rule, then resolves — without a promise when the resolver has none. */
function syncGuard(sync: SyncObjectRule): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    const answer = sync.evaluate(ctx, parent as { id: number });
    return answer === true ? resolve(parent, args, ctx, info) : answer;
  };
}

/** Checks an object rule synchronously; only its refusals wait for the second check. */
function guardObjectRuleOr(or: ObjectRuleOr): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    const answer = or.first.evaluate(ctx, parent as { id: number });
    if (answer === true) return resolve(parent, args, ctx, info);
    return or
      .reconsider(ctx, parent as { id: number }, answer)
      .then((again) => (again === true ? resolve(parent, args, ctx, info) : again));
  };
}

/**
 * Shield wraps every field in an async middleware: a promise per field, which cost more than
 * the rest of a list query (measured by the benchmark). Fields whose rule is `allow` lose the
 * wrapper; fields guarded by a synchronous object rule get a synchronous guard with the same
 * answer, and those of an `objectRuleOr` one that is synchronous until the object rule
 * refuses. Every other rule (logic rules, argument rules, anything async) stays shield's.
 */
function withFastPaths(generated: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  for (const [type, fields] of Object.entries(generated)) {
    for (const field of Object.keys(fields)) {
      const rule = ruleOf(type, field) as { [SYNC_RULE]?: SyncObjectRule; [OBJECT_RULE_OR]?: ObjectRuleOr } | undefined;
      if (rule === allow) delete fields[field];
      else if (rule?.[SYNC_RULE]) fields[field] = syncGuard(rule[SYNC_RULE]);
      else if (rule?.[OBJECT_RULE_OR]) fields[field] = guardObjectRuleOr(rule[OBJECT_RULE_OR]);
    }
  }
  return generated;
}

/** The permission layer. */
export function permissions() {
  const shielded = shield<unknown, Context>(RULES as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (err, _parent, _args, ctx) => {
      if (err instanceof GraphQLError) return err;
      if (err)
        return new GraphQLError('Internal error.', {
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
          originalError: err as Error,
        });
      return refusal(ctx as unknown as Context);
    },
  });
  return middleware(
    (schema) => withFastPaths(shielded.generate(schema) as Record<string, Record<string, unknown>>) as never,
  );
}
