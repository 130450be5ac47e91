import { GraphQLError } from 'graphql';

/** The generic codes every client can branch on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** One invalid input field: where it is and what is wrong with it. */
export interface InputError {
  field: string;
  message: string;
}

/**
 * A domain error with a stable generic `code` and a namespaced `reason`
 * (e.g. `AUTH.TOKEN_EXPIRED`), safe to show to clients.
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    reason: string,
    message: string,
    extra: { inputErrors?: InputError[]; httpStatus?: boolean } = {},
  ) {
    super(message, {
      extensions: {
        code,
        reason,
        ...(extra.inputErrors ? { inputErrors: extra.inputErrors } : {}),
        ...(extra.httpStatus ? { http: { status: HTTP_STATUS[code] } } : {}),
      },
    });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** BAD_USER_INPUT with per-field details. */
export const badInput = (reason: string, message: string, inputErrors?: InputError[]) =>
  new AppError('BAD_USER_INPUT', reason, message, { inputErrors });
export const unauthenticated = (reason = 'AUTH.REQUIRED', message = 'Sign in to do this.') =>
  new AppError('UNAUTHENTICATED', reason, message);
export const forbidden = (reason = 'AUTH.FORBIDDEN', message = 'You may not do this.') =>
  new AppError('FORBIDDEN', reason, message);
export const notFound = (reason: string, message: string) => new AppError('NOT_FOUND', reason, message);
export const conflict = (reason: string, message: string) => new AppError('CONFLICT', reason, message);

/** What one reason means and the generic code(s) it is sent with. */
export interface ReasonSpec {
  /** The code the reason is sent with; two where different refusals share the reason. */
  code: ErrorCode | readonly [ErrorCode, ...ErrorCode[]];
  /** One line for the error reference (schema/errors.md). */
  meaning: string;
}

/** Where a group keeps its declarations; a symbol, so the group's keys are its reasons only. */
export const REASON_SPECS = Symbol('reasonSpecs');

/** A namespace's reasons by name (`GROUP.VOTE_CLOSED === 'CONSULTATION.VOTE_CLOSED'`), with their specs. */
export type ReasonGroup<P extends string, K extends string> = { readonly [k in K]: `${P}.${k}` } & {
  readonly [REASON_SPECS]: { readonly prefix: P; readonly specs: Readonly<Record<K, ReasonSpec>> };
};

/**
 * Declares the reasons of one namespace (`prefix`): each name with its code and meaning. Every
 * reason thrown must be declared (test/unit/error-reference.test.ts); `npm run errors:emit`
 * writes them all to schema/errors.md.
 */
export function defineErrors<P extends string, K extends string>(
  prefix: P,
  specs: Record<K, ReasonSpec>,
): ReasonGroup<P, K> {
  const reasons = Object.fromEntries(Object.keys(specs).map((k) => [k, `${prefix}.${k}`]));
  Object.defineProperty(reasons, REASON_SPECS, { value: { prefix, specs } });
  return Object.freeze(reasons) as ReasonGroup<P, K>;
}

/** Whether `value` is a group `defineErrors` made. */
export const isReasonGroup = (value: unknown): value is ReasonGroup<string, string> =>
  typeof value === 'object' && value !== null && REASON_SPECS in value;
