/**
 * The files GHL answers as files (a call's recording, its transcription), which a GraphQL answer
 * cannot carry: GET FILES_PATH... serves them, linked from the graph (Message.recording,
 * Message.transcriptionFile). Served inside Yoga, so the GraphQL endpoint's CORS applies as it is;
 * the caller is resolved as a GraphQL request's (src/context.ts: API key, JWT, pass-through or
 * server token, location access), CSRF prevention asks what it asks of a GET, and the file comes
 * through the one REST edge. Errors are JSON in GraphQL's error shape, with its codes.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { createContext, type Upstream } from '../context.ts';
import { codeOf, gatewayError, type ErrorCode } from '../errors.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from '../request-id.ts';
import { FILES_PATH, messageFileAt, messageFileOf } from '../resolvers/message-files.ts';
import { CSRF_HEADER, csrfRefusal } from './http-security.ts';

/** The HTTP answer of each code a download can fail with; a refusal before Yoga says its own. */
const statusByCode: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  UPSTREAM_ERROR: 502,
  UPSTREAM_OUTCOME_UNKNOWN: 502,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_TIMEOUT: 504,
};

export function downloadsPlugin(upstream: Upstream, http: Config['http']): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      if (!url.pathname.startsWith(FILES_PATH)) return;
      return download(upstream, http, request, url.pathname).then(endResponse);
    },
  };
}

async function download(upstream: Upstream, http: Config['http'], request: Request, pathname: string): Promise<Response> {
  const log = upstream.logger.child({ requestId: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)) });
  if (request.method !== 'GET') return refusal(405, gatewayError('BAD_USER_INPUT', 'Files are fetched with GET'), { allow: 'GET' });
  try {
    if (http.csrfPrevention && !request.headers.has(CSRF_HEADER)) throw csrfRefusal();
    const address = messageFileAt(pathname);
    const file = await messageFileOf(await createContext(upstream, request), address);
    log.info({ file: address.kind, bytes: file.bytes.length }, 'File relayed');
    const { bytes } = file;
    // A view of the bytes read, not a copy (a file may be up to GHL_MAX_FILE_BYTES); a Buffer's memory is never shared.
    return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-length': String(bytes.length),
        // The name is the gateway's, made of checked ids: never GHL's header, passed on as it came.
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'private, no-store',
        // Saved, never run: a browser neither sniffs it into HTML nor lets it script the gateway's origin.
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    const code = codeOf(error);
    if (!code) {
      // A bug of the gateway: answered as GraphQL masks one, logged by name and message only.
      log.error({ error: { name: (error as Error).name, message: (error as Error).message } }, 'File download failed');
      return refusal(500, new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
    }
    const coded = error as GraphQLError;
    const status = (coded.extensions['http'] as { status: number } | undefined)?.status ?? statusByCode[code] ?? 500;
    log.info({ code, status }, 'File refused');
    return refusal(status, coded);
  }
}

/** GraphQL's error shape, with its code (and operation, upstreamStatus, retryAfterMs when GHL said), as JSON. */
function refusal(status: number, error: GraphQLError, headers: Record<string, string> = {}): Response {
  const { http: _status, ...extensions } = error.extensions;
  const retryAfterMs = extensions['retryAfterMs'];
  return new Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...(typeof retryAfterMs === 'number' && { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) }),
      ...headers,
    },
  });
}
