/**
 * The GraphQL endpoint's guards over HTTP, each set in src/config.ts: which browser origins may
 * call (CORS, which the WebSocket upgrade checks too), CSRF prevention for cookie-based setups,
 * the request body size limit, and persisted-operations mode.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import type { Config } from '../config.ts';
import { LOCATION_HEADER } from '../credentials/index.ts';
import { API_KEY_HEADER } from '../credentials/principals.ts';
import { refusedRequest } from '../errors.ts';
import { persistedOperationsPlugin, readPersistedOperations } from '../plugins/persisted-operations.ts';
import { REQUEST_ID_HEADER } from '../request-id.ts';
import { replyJson } from '../json-reply.ts';

/** The header a browser client sends to prove its request was preflighted. */
export const CSRF_HEADER = 'x-graphql-csrf';

/**
 * Yoga's default answers every origin with credentials allowed; here an origin not listed gets
 * no CORS headers at all, so a browser keeps the answer from its page. Same-origin pages (GraphiQL)
 * send no Origin header on GETs and are not subject to CORS.
 */
export function corsOptions(origins: readonly string[]): YogaServerOptions<object, object>['cors'] {
  if (origins.length === 0) return false;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !origins.includes(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      // The gateway's own credential headers (src/credentials) and the request id a client may set.
      allowedHeaders: ['content-type', 'authorization', CSRF_HEADER, API_KEY_HEADER, LOCATION_HEADER, REQUEST_ID_HEADER],
      // A browser client can read the id to quote it when reporting a problem.
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    };
  };
}

/**
 * CORS's policy where no preflight asks it (a WebSocket upgrade, which browsers send from any
 * page): a listed origin, the gateway's own (same host), or none at all, which is a client that
 * is not a browser, let through as over HTTP.
 */
export function allowsOrigin(origin: string | undefined, host: string | undefined, origins: readonly string[]): boolean {
  if (origin === undefined || origins.includes(origin)) return true;
  // `null` (a sandboxed frame, a file) and anything unparsable is no one's origin.
  return URL.canParse(origin) && new URL(origin).host === host;
}

/**
 * A browser sends a cross-site form POST or a GET without a preflight, cookies attached. Refusing
 * every request that is neither JSON nor carries a custom header leaves such forgeries nothing:
 * JSON POSTs and custom headers always go through a CORS preflight.
 */
function csrfPreventionPlugin(): Plugin {
  const yogaPlugin = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return yogaPlugin.onRequestParse?.(payload);
      } catch {
        throw csrfRefusal();
      }
    },
  };
}

/** A request CSRF prevention refuses: over HTTP, and on the download routes (src/transports/downloads.ts). */
export function csrfRefusal(): GraphQLError {
  return refusedRequest(
    'CSRF_HEADER_REQUIRED',
    `Send the request as application/json, or with an "${CSRF_HEADER}" header: requests a browser may send cross-site unasked are refused`,
    403,
  );
}

/**
 * Refuses a GraphQL POST whose body is over the limit by its Content-Length, before a byte of it
 * is read: `maxUploadBytes` for multipart requests (files), `maxRequestBytes` for the rest. A POST
 * without one (a chunked body) is refused too: its size is known only once read, and browsers and
 * fetch always send the length. Answers true when the request may go on.
 */
export function withinBodyLimit(req: IncomingMessage, res: ServerResponse, http: Config['http']): boolean {
  if (req.method !== 'POST') return true;
  const upload = req.headers['content-type']?.toLowerCase().startsWith('multipart/form-data') ?? false;
  const maxBytes = upload ? http.maxUploadBytes : http.maxRequestBytes;
  const length = req.headers['content-length'];
  if (length === undefined && req.headers['transfer-encoding'] !== undefined) {
    refuse(req, res, refusedRequest('LENGTH_REQUIRED', 'Send a Content-Length with a GraphQL POST; chunked bodies are not accepted', 411));
    return false;
  }
  if (Number(length) > maxBytes) {
    refuse(req, res, refusedRequest('PAYLOAD_TOO_LARGE', `The request body is over the limit of ${maxBytes} bytes`, 413));
    return false;
  }
  return true;
}

function refuse(req: IncomingMessage, res: ServerResponse, error: GraphQLError): void {
  const status = (error.extensions['http'] as { status: number }).status;
  // The body is not read: closing the connection spares reading what was refused.
  replyJson(res, status, { errors: [{ message: error.message, extensions: { code: error.extensions['code'] } }] }, { connection: 'close' });
  req.resume();
}

/**
 * The request-level guards config switches on: CSRF prevention, and persisted-operations mode with
 * the allow-list the server read once (WebSocket operations are checked against it too).
 */
export function httpGuardPlugins(http: Config['http'], persisted: ReadonlyMap<string, string> | undefined): Plugin[] {
  return [...(http.csrfPrevention ? [csrfPreventionPlugin()] : []), ...(persisted ? [persistedOperationsPlugin(persisted)] : [])];
}

/** The persisted-operations allow-list, when that mode is on. */
export function persistedOperationsOf(http: Config['http']): ReadonlyMap<string, string> | undefined {
  return http.persistedOperationsFile ? readPersistedOperations(http.persistedOperationsFile) : undefined;
}
