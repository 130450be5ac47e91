import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type express from 'express';
import type { Logger } from './logger';
import { countHttpRequest, httpInFlight } from './metrics';
import { runInRequest, type RequestInfo } from './request-context';

let inFlight = 0;
httpInFlight(() => inFlight);

/** HTTP requests received and not yet answered (or abandoned), in this process. */
export const inFlightRequests = (): number => inFlight;

/** A caller's `x-request-id` is kept when it looks like an id; anything else is replaced. */
export const REQUEST_ID = /^[\w.-]{8,64}$/;

/**
 * First middleware of every request: gives it a request id (the caller's `x-request-id` when
 * sane, else a UUID) echoed in the `x-request-id` response header and kept in
 * `res.locals.requestId`, and, when the response is done, writes one log line and counts it in
 * gongzhi_http_requests_total. The line holds no query string, header or body: no secrets, no
 * personal data.
 */
export function observeRequests(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const given = req.header('x-request-id');
    const info: RequestInfo = { requestId: given && REQUEST_ID.test(given) ? given : randomUUID(), startedAt: performance.now() };
    res.locals.requestId = info.requestId;
    res.locals.requestInfo = info;
    res.setHeader('x-request-id', info.requestId);
    inFlight++;
    res.once('close', () => {
      inFlight--;
      const path = req.originalUrl.split('?', 1)[0];
      const status = res.statusCode;
      countHttpRequest(path, req.method, status);
      const line = {
        requestId: info.requestId,
        method: req.method,
        path,
        status,
        durationMs: Math.round((performance.now() - info.startedAt) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
        ...(info.operation ? { operation: info.operation, operationType: info.operationType } : {}),
        ...(info.viewer ? { viewer: info.viewer } : {}),
      };
      if (status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/**
 * Re-enters the request's async context. Body parsers resume `next` from the socket's stream
 * events, outside the context entered before them: mount this after them.
 */
export const enterRequest: express.RequestHandler = (_req, res, next) => {
  const info = res.locals.requestInfo as RequestInfo | undefined;
  if (info) runInRequest(info, next);
  else next();
};
