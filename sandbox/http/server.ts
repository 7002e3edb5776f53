/**
 * The HTTP side of the sandbox. GHL's OAuth endpoints (/oauth/*, ../auth/oauth.ts) are answered apart,
 * logged but without faults or rate limits. An API request goes through, in this order:
 *
 *   faults before handling: resetConnection, hang, rateLimitBurst, serverError, errorRate
 *   401 no or unknown bearer token
 *   429 rate limit (per location, or company for agency tokens; only admitted requests count)
 *   404 no such route
 *   401 the route does not take this kind of token (e.g. contacts with an agency token)
 *   400 Version header missing, or not in the route's spec enum
 *   400 body that is not JSON (or a multipart body that does not parse)
 *   the handler (404/403/422/... from the handler itself); the webhooks of its change, if it made one
 *   faults after handling: failAfterCommit, dropAfterCommit, malformedJson, deepJson, slowBody, replaceBody
 *
 * The storage that stands in for GHL's file bucket (./storage.ts) is answered apart too, as are
 * /_sandbox/ requests: neither is GHL's API.
 *
 * The request is logged as soon as its answer is decided, then the answer waits out the latency
 * (option plus fault). Only authenticated answers carry X-RateLimit-* headers: an unknown token
 * has no budget to report. /_sandbox/ requests skip all of this.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_PREFIX, handleAdmin, type AdminTarget } from './admin.ts';
import { principalId, type Principal, type TokenRegistry } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from './errors.ts';
import type { SandboxFaults } from './faults.ts';
import type { SandboxOAuth } from '../auth/oauth.ts';
import type { RateLimiter } from './rate-limit.ts';
import { loggedBody, type SandboxRequestLog } from './request-log.ts';
import type { ApiResult, FileAnswer, Router, TokenKinds } from './router.ts';
import type { SandboxStore } from '../model/store.ts';
import { readMultipart, type MultipartBody } from './multipart.ts';
import { answerStorage, isStoragePath, type StorageReply } from './storage.ts';
import type { SandboxEvent } from '../webhooks/events.ts';
import type { SandboxWebhooks } from '../webhooks/sender.ts';

export interface SandboxServerParts {
  store: SandboxStore;
  tokens: TokenRegistry;
  requests: SandboxRequestLog;
  faults: SandboxFaults;
  limiter: RateLimiter;
  router: Router;
  webhooks: SandboxWebhooks;
  /** /oauth/*: form bodies, and no Bearer token for the token exchange, so apart from the API routes. */
  oauth: SandboxOAuth;
  /** Added to every API response. */
  latencyMs: number;
  reset(): void;
}

interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  version: string | undefined;
  principal: Principal | undefined;
  rawBody: string;
  /** A multipart body, parsed (uploads); undefined for any other. */
  form: MultipartBody | GhlError | undefined;
  arrivedAt: number;
  /** The origin the client called, for absolute URLs in responses. */
  baseUrl: string;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Serialised already: the malformedJson fault cuts it short. */
  body: string;
  /** Sent instead of `body`: a file. */
  file?: FileAnswer;
  /** The slowBody fault: the body is trickled, a byte a second. */
  slow?: boolean;
  /** The dropAfterCommit fault: the socket is destroyed instead of answered. */
  drop?: boolean;
}

export class SandboxServer {
  private readonly server: Server;
  /** Aborted by close(), to cut short responses still waiting out their latency. */
  private readonly closing = new AbortController();
  private readonly admin: AdminTarget;

  constructor(private readonly parts: SandboxServerParts) {
    // Every response waiting out its latency listens for close(): as many listeners as requests in flight.
    setMaxListeners(0, this.closing.signal);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // Only a request that failed mid-read (the client went away) gets here; nobody to answer.
        if (!res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      });
    });
    this.admin = {
      tokens: parts.tokens.tokens,
      requests: parts.requests,
      faults: parts.faults,
      oauth: parts.oauth,
      store: parts.store,
      reset: parts.reset,
    };
  }

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** Stops listening and destroys every open socket, hung requests included. */
  async close(): Promise<void> {
    this.closing.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = req.method ?? 'GET';
    const bytes = await readBody(req);
    if (!bytes) {
      send(res, errorReply(ghlErrors.payloadTooLarge(), { Connection: 'close' }));
      return;
    }
    const rawBody = bytes.toString('utf8');
    if (url.pathname.startsWith(ADMIN_PREFIX)) {
      send(res, this.answerAdmin(method, url.pathname, rawBody));
      return;
    }
    if (isStoragePath(url.pathname)) {
      sendStorage(res, answerStorage(this.parts.store, method, url, header(req, 'content-type'), bytes));
      return;
    }

    const { faults, limiter, requests } = this.parts;
    const path = url.pathname;
    const principal = this.parts.tokens.identify(req.headers.authorization);
    const request: ApiRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      version: header(req, 'version'),
      principal,
      rawBody,
      form: await readMultipart(header(req, 'content-type'), bytes),
      arrivedAt,
      baseUrl: `http://${req.headers.host ?? 'localhost'}`,
    };
    const log = (status: number) =>
      requests.add({
        method,
        path,
        query: request.query,
        version: request.version,
        status,
        authorizedAs: principal && principalId(principal),
        requestId: header(req, 'x-request-id'),
        at: arrivedAt,
        body: loggedBody(bytes, request.form instanceof GhlError ? undefined : request.form),
        bodyBytes: bytes.length,
      });
    const latency = this.parts.latencyMs + faults.latencyFor(method, path);
    const rateHeaders = () => (principal ? limiter.peek(principalId(principal)) : {});
    if (this.parts.oauth.handles(path)) {
      const reply = this.parts.oauth.answer({ ...request, authorization: req.headers.authorization, contentType: header(req, 'content-type') });
      log(reply.status);
      if (await this.wait(latency)) send(res, reply);
      return;
    }

    let reply: Reply;
    switch (faults.before(method, path)) {
      case 'resetConnection':
        log(0);
        if (await this.wait(latency)) req.socket.destroy();
        return;
      case 'hang':
        // Never answered: close() destroys the socket.
        log(0);
        return;
      case 'rateLimitBurst':
        reply = errorReply(ghlErrors.tooManyRequests(), { ...rateHeaders(), 'X-RateLimit-Remaining': '0', 'Retry-After': '1' });
        break;
      case 'error':
        reply = errorReply(ghlErrors.internal(), rateHeaders());
        break;
      case undefined:
        reply = this.answerApi(request);
    }

    log(reply.drop ? 0 : reply.status);
    if (!(await this.wait(latency))) return;
    if (reply.drop) req.socket.destroy();
    else if (reply.slow) void trickle(res, reply, this.closing.signal);
    else send(res, reply);
  }

  private answerApi(request: ApiRequest): Reply {
    const { router, limiter, faults, store, webhooks } = this.parts;
    const { method, path, principal } = request;
    let headers: Record<string, string> = {};
    let reply: Reply;
    let committed = false;
    try {
      if (!principal) throw ghlErrors.invalidToken();
      // Counted at arrival, as GHL counts requests as they reach it.
      const decision = limiter.take(principalId(principal), request.arrivedAt);
      headers = decision.allowed
        ? decision.headers
        : { ...decision.headers, 'Retry-After': String(decision.retryAfterSeconds) };
      if (!decision.allowed) throw ghlErrors.tooManyRequests();
      const match = router.match(method, path);
      if (!match) throw ghlErrors.noRoute(method, path);
      if (!accepts(match.route.tokens, principal)) throw ghlErrors.wrongTokenType();
      if (request.version === undefined) throw ghlErrors.badRequest('Version header was not found');
      if (!match.route.versions.includes(request.version)) throw ghlErrors.badRequest('Invalid version header');
      const events: SandboxEvent[] = [];
      const result = match.route.handle({
        params: match.params,
        query: request.query,
        body: bodyOf(request),
        principal,
        store,
        baseUrl: request.baseUrl,
        emit: (...emitted) => events.push(...emitted),
      });
      reply = jsonReply(result, headers);
      committed = true;
      // The change is made, whatever answer a fault puts in its place: GHL would send these too.
      webhooks.send(events);
    } catch (error) {
      reply = errorReply(toGhlError(error), headers);
    }

    switch (faults.after(method, path, committed)) {
      case 'failAfterCommit':
        return errorReply(ghlErrors.internal(), headers);
      case 'dropAfterCommit':
        return { ...reply, drop: true };
      case 'malformedJson':
        // Any proper prefix of a JSON object is invalid JSON.
        return { status: 200, headers, body: reply.body.slice(0, Math.max(1, Math.floor(reply.body.length / 2))) };
      case 'deepJson':
        return { status: 200, headers, body: withDeepValue(reply.body) };
      case 'slowBody':
        return { ...reply, slow: true };
      case 'replaceBody':
        return { status: 200, headers, body: faults.current().replacementBody };
      case undefined:
        return reply;
    }
  }

  private answerAdmin(method: string, path: string, rawBody: string): Reply {
    try {
      return jsonReply(handleAdmin(this.admin, method, path, parseJson(rawBody)), {});
    } catch (error) {
      return errorReply(toGhlError(error), {});
    }
  }

  /** Waits out a response's latency; false when close() came first and there is no one to answer. */
  private async wait(ms: number): Promise<boolean> {
    if (ms <= 0) return true;
    try {
      await sleep(ms, undefined, { signal: this.closing.signal });
      return true;
    } catch {
      return false;
    }
  }
}

function accepts(kinds: TokenKinds, principal: Principal): boolean {
  return kinds === 'any' || kinds === principal.kind;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The most a request may send: a WhatsApp file (100 MB) PUT to the storage stand-in, with room to
 * spare. GHL's front answers 413 to more, and a sandbox that read any body whole could be made to
 * hold any amount of memory.
 */
const MAX_BODY_BYTES = 128 * 1024 * 1024;

/** The request's body, or undefined once it is over MAX_BODY_BYTES (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function bodyOf(request: ApiRequest): unknown {
  if (request.form instanceof GhlError) throw request.form;
  return request.form ?? parseJson(request.rawBody);
}

/** An empty body is no body; anything else must be JSON, as GHL's body parser insists. */
function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw ghlErrors.badRequest((error as Error).message);
  }
}

function toGhlError(error: unknown): GhlError {
  if (error instanceof GhlError) return error;
  // A bug in the sandbox itself: answer like GHL would, but say so where a developer will look.
  console.error('[sandbox] request failed:', error);
  return ghlErrors.internal();
}

/** Written as text: JSON.stringify would overflow its stack on such a value. */
const DEEP_VALUE = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

/** An object body with a `nested` property 10,000 levels deep beside its own; any other body is replaced by that value. */
function withDeepValue(body: string): string {
  if (!body.startsWith('{')) return DEEP_VALUE;
  return body === '{}' ? `{"nested":${DEEP_VALUE}}` : `{"nested":${DEEP_VALUE},${body.slice(1)}`;
}

/** An undefined body is none: a 204. A file goes as it is. */
function jsonReply(result: ApiResult, headers: Record<string, string>): Reply {
  const body = result.body === undefined ? '' : JSON.stringify(result.body);
  return result.file ? { status: result.status, headers, body, file: result.file } : { status: result.status, headers, body };
}

/** What goes on the wire: the file's bytes with its own headers, or the JSON body. */
function payloadOf(reply: Reply): { bytes: Buffer; headers: Record<string, string> } {
  if (!reply.file) return { bytes: Buffer.from(reply.body), headers: { 'Content-Type': 'application/json; charset=utf-8' } };
  const { contentType, fileName, bytes } = reply.file;
  return { bytes, headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"` } };
}

function errorReply(error: GhlError, headers: Record<string, string>): Reply {
  return jsonReply({ status: error.statusCode, body: error.body }, headers);
}

/**
 * Status and headers at once, then the body a byte a second: a client's timeout runs out mid-body,
 * which is how a congested upstream looks. Stops when the client hangs up or the sandbox closes.
 */
async function trickle(res: ServerResponse, reply: Reply, closing: AbortSignal): Promise<void> {
  const { bytes: body, headers } = payloadOf(reply);
  res.writeHead(reply.status, { ...reply.headers, ...headers, 'Content-Length': body.length });
  for (let i = 0; i < body.length; i++) {
    if (res.destroyed) return;
    res.write(body.subarray(i, i + 1));
    try {
      await sleep(SLOW_BODY_BYTE_MS, undefined, { signal: closing });
    } catch {
      return;
    }
  }
  res.end();
}

const SLOW_BODY_BYTE_MS = 1_000;

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const { bytes, headers } = payloadOf(reply);
  res.writeHead(reply.status, { ...reply.headers, ...headers, 'Content-Length': bytes.length });
  res.end(bytes);
}

function sendStorage(res: ServerResponse, reply: StorageReply): void {
  if (res.destroyed) return;
  res.writeHead(reply.status, { 'content-length': String(reply.body.length), ...reply.headers });
  res.end(reply.body);
}
