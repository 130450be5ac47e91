import { allow, deny, shield } from 'graphql-shield';
import { middleware } from 'graphql-middleware';
import type { IRules } from 'graphql-shield';
import { GraphQLError } from 'graphql';
import type { Context } from './context';
import { MODULES } from './modules';
import { refusal } from './shared/rules';

type RuleMap = Record<string, unknown>;

/** Merges the modules' rule maps; two modules ruling the same field is a programming error. */
export function mergeRules(maps: { name: string; rules: RuleMap }[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  for (const { name, rules } of maps) {
    for (const [type, rule] of Object.entries(rules)) {
      const claim = (key: string) => {
        const prev = owner.get(key);
        if (prev) throw new Error(`Both ${prev} and ${name} give a rule for ${key}`);
        owner.set(key, name);
      };
      if (typeof rule === 'object' && rule !== null && !('resolve' in rule)) {
        const fields = (merged[type] ??= {}) as RuleMap;
        for (const [field, r] of Object.entries(rule)) {
          claim(`${type}.${field}`);
          fields[field] = r;
        }
      } else {
        claim(type);
        merged[type] = rule;
      }
    }
  }
  return merged;
}

/** Every module's rules in one shield: whatever no rule names is denied. */
export const RULES = mergeRules(MODULES.map((m) => ({ name: m.name, rules: m.rules as RuleMap })));

/** The rule that applies to `type.field`, the way graphql-shield picks it (undefined: the fallback). */
export function ruleOf(type: string, field: string): unknown {
  const typeRules = RULES[type] as Record<string, unknown> | undefined;
  if (!typeRules || typeof typeRules !== 'object' || 'resolve' in typeRules) return typeRules;
  return typeRules[field] ?? typeRules['*'];
}

/**
 * Drops the wrappers of fields whose rule is `allow`: they would only turn every such
 * field's resolution into a promise, at a measured cost, and decide nothing.
 */
function withoutAllowWrappers(generated: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  for (const [type, fields] of Object.entries(generated)) {
    for (const field of Object.keys(fields)) if (ruleOf(type, field) === allow) delete fields[field];
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
      if (err) return new GraphQLError('Internal error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: err as Error });
      return refusal(ctx as unknown as Context);
    },
  });
  return middleware((schema) => withoutAllowWrappers(shielded.generate(schema) as Record<string, Record<string, unknown>>) as never);
}
