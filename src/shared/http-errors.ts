import type express from 'express';

/**
 * A JSON error body like GraphQL's, `{ errors: [{ message, extensions: { code, reason?, requestId } }] }`,
 * for the non-GraphQL routes.
 */
export function sendError(res: express.Response, status: number, code: string, message: string, reason?: string): void {
  const extensions = reason === undefined ? { code } : { code, reason };
  res.status(status).json({
    errors: [{ message, extensions: { ...extensions, requestId: res.locals.requestId as string | undefined } }],
  });
}
