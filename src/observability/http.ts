import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type express from 'express';
import type { Logger } from './logger';
import { countHttpRequest, graphqlDuration, graphqlRequests, httpInFlight } from './metrics';
import type { RequestInfo } from './request-context';

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
 * gongzhi_http_requests_total (and, for GraphQL requests, the GraphQL request metrics under the
 * operation recorded by metricsPlugin, `unknown` when none was resolved). The line holds no
 * query string, header or body: no secrets, no personal data.
 */
export function observeRequests(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const given = req.header('x-request-id');
    // Every field from the start: one object shape for all requests keeps the hot path monomorphic.
    const info: RequestInfo = {
      requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
      startedAt: performance.now(),
      graphql: false,
      operation: undefined,
      operationType: undefined,
      viewer: undefined,
    };
    res.locals.requestId = info.requestId;
    res.locals.requestInfo = info;
    res.setHeader('x-request-id', info.requestId);
    inFlight++;
    res.once('close', () => {
      inFlight--;
      const path = req.originalUrl.split('?', 1)[0];
      const status = res.statusCode;
      const seconds = (performance.now() - info.startedAt) / 1000;
      countHttpRequest(path, req.method, status);
      if (info.graphql) {
        const labels = { operation: info.operation ?? 'unknown', type: info.operationType ?? 'unknown' };
        graphqlRequests.inc(labels);
        graphqlDuration.observe(labels, seconds);
      }
      // Fields left undefined are left out of the JSON.
      const line = {
        requestId: info.requestId,
        method: req.method,
        path,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        aborted: res.writableFinished ? undefined : true,
        operation: info.operation,
        operationType: info.operationType,
        viewer: info.viewer,
      };
      if (status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/** Marks a request as GraphQL's, for the GraphQL request metrics. */
export const graphqlRequest: express.RequestHandler = (_req, res, next) => {
  const info = res.locals.requestInfo as RequestInfo | undefined;
  if (info) info.graphql = true;
  next();
};

/**
 * Stamps the request id into error bodies that lack it: those Apollo writes before its request
 * pipeline starts (bad credentials, malformed requests, CSRF refusals — status 400 and up, seen
 * by no plugin hook). Pipeline errors are stamped by requestIdPlugin, the other routes' errors by
 * sendError. Installed once on the app's response prototype: nothing per request, and a success
 * pays one comparison.
 */
export function stampRequestIdInErrorBodies(app: express.Express): void {
  const send = app.response.send;
  app.response.send = function (this: express.Response, body?: unknown) {
    if (
      this.statusCode >= 400 &&
      typeof body === 'string' &&
      typeof this.locals.requestId === 'string' &&
      !body.includes('"requestId"')
    ) {
      body = withRequestId(body, this.locals.requestId);
    }
    return send.call(this, body);
  };
}

/** `body` with `requestId` in the extensions of each of its top-level errors (unchanged when not such JSON). */
function withRequestId(body: string, requestId: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
    if (!Array.isArray(parsed.errors)) return body;
    parsed.errors = parsed.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}
