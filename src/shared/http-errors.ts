import type express from 'express';

/** A JSON error body like GraphQL's, `{ errors: [{ message, extensions: { code, requestId } }] }`, for the non-GraphQL routes. */
export function sendError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId as string | undefined } }] });
}
