import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { AppError } from './errors';

/**
 * Characters no text input may hold: NUL (PostgreSQL refuses it in text and JSON), and the
 * other C0 controls but tab, line feed and carriage return (terminal escapes, nothing a person
 * types). Lone UTF-16 surrogates, which PostgreSQL's UTF-8 refuses too, are found apart.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first character of `text` that is not allowed, as `U+XXXX`; null when all are. */
export function badCharacterIn(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) return codePoint(control[0]);
  const lone = LONE_SURROGATE.exec(text);
  return lone ? codePoint(lone[0]) : null;
}

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** BAD_USER_INPUT `INPUT.BAD_CHARACTERS` naming the field (a dotted path) and the character. */
export const badCharacters = (field: string, char: string) =>
  new AppError('BAD_USER_INPUT', 'INPUT.BAD_CHARACTERS', `${field} holds a character that is not allowed (${char}).`, {
    inputErrors: [{ field, message: `no ${char}` }],
    httpStatus: true,
  });

/** Throws badCharacters for the first string (or object key) in a JSON value that holds a character not allowed. */
export function assertCleanValue(value: unknown, field: string): void {
  if (typeof value === 'string') {
    const char = badCharacterIn(value);
    if (char) throw badCharacters(field, char);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertCleanValue(v, `${field}.${i}`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const char = badCharacterIn(k);
      if (char) throw badCharacters(field, char);
      assertCleanValue(v, `${field}.${k}`);
    }
  }
}

/** Throws badCharacters for the first string literal under a value node that holds a character not allowed. */
function assertCleanLiteral(node: ValueNode, field: string): void {
  if (node.kind === Kind.STRING) assertCleanValue(node.value, field);
  else if (node.kind === Kind.LIST) node.values.forEach((v, i) => assertCleanLiteral(v, `${field}.${i}`));
  else if (node.kind === Kind.OBJECT)
    for (const f of node.fields) assertCleanLiteral(f.value, `${field}.${f.name.value}`);
}

/**
 * Throws badCharacters unless all text of a request is allowed: every string literal of the
 * document (arguments of fields and directives, and variables' defaults, at any depth) and
 * every string and key of the variables. Whatever type a position has (String, ID, a custom
 * scalar, JSON), its text comes from one of these, so nothing reaches a resolver — or SQL —
 * unchecked. Fields are named by argument (or variable) and path: `input.attachments.0.name`.
 */
export function assertCleanRequest(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) assertCleanValue(value, name);
  visit(document, {
    Argument: (node) => assertCleanLiteral(node.value, node.name.value),
    VariableDefinition: (node) =>
      void (node.defaultValue && assertCleanLiteral(node.defaultValue, node.variable.name.value)),
  });
}

/** Refuses, before execution, any operation whose text input holds a character not allowed (see assertCleanRequest). */
export function inputTextGuard<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          assertCleanRequest(document, request.variables);
        },
      };
    },
  };
}
