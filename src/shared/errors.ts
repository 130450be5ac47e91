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
