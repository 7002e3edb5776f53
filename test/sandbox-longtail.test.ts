/**
 * The sandbox answers every operation of GHL's official files over real HTTP: curated routes from
 * their state, the rest from the files (sandbox/spec/). For each app, a valid request made from
 * the file gets a 2xx whose body validates against the file's response schema (curated routes
 * included), and an invalid body or a missing Version header gets a 4xx in GHL's error envelope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specCatalog } from '../openapi/catalog.ts';
import type { SpecOperationEntry } from '../openapi/entry.ts';
import { specApps } from '../openapi/spec.ts';
import { validateResponse } from '../openapi/validator.ts';
import { CHOOSE_LOCATION_PATH, SANDBOX_OAUTH_CLIENT, startSandbox, type Sandbox } from '../sandbox/index.ts';
import { apiRoutes } from '../sandbox/routes/index.ts';
import { routeKey } from '../sandbox/spec/routes.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { scheduleMessage, seededIds, seededRecords, specRequest, type RequestScope, type SpecRequest } from './support/spec-requests.ts';

let sandbox: Sandbox;
let scope: RequestScope;
let tokens: { location: string; agency: string };

beforeAll(async () => {
  // Every operation three times over: the rate limit is not what is tested here.
  sandbox = await startSandbox({ rateLimit: { max: 100_000, intervalMs: 1_000 } });
  const location = [...sandbox.store.locations.values()][0]!;
  const install = await fetch(
    `${sandbox.url}${CHOOSE_LOCATION_PATH}?${new URLSearchParams({
      response_type: 'code',
      client_id: SANDBOX_OAUTH_CLIENT.clientId,
      redirect_uri: 'https://myapp.com/oauth/callback/gohighlevel',
      sandbox_location: location.id,
    })}`,
    { redirect: 'manual' },
  );
  scheduleMessage(sandbox.store, location.id);
  scope = {
    locationId: location.id,
    companyId: location.companyId,
    ids: seededIds(sandbox.store, location.id),
    records: seededRecords(sandbox.store, location.id),
    oauth: { ...SANDBOX_OAUTH_CLIENT, code: new URL(install.headers.get('location')!).searchParams.get('code')! },
  };
  tokens = { location: sandbox.tokens.locations[location.id]!, agency: sandbox.tokens.agency[location.companyId]! };
});
afterAll(async () => {
  await sandbox?.close();
});

const operations = [...specCatalog()];
const curated = new Set(apiRoutes.map((r) => routeKey(r.method, r.path)));
/** Served by a route of its own, or by the OAuth server (/oauth/*, which wants a real client secret). */
const isCurated = (entry: SpecOperationEntry) => curated.has(routeKey(entry.method, entry.path)) || entry.path.startsWith('/oauth/');

/** The token the file says the operation takes: an agency token only where it names agency access alone. */
const tokenFor = (entry: SpecOperationEntry) =>
  entry.access.length > 0 && entry.access.every((a) => a.startsWith('Agency-')) ? tokens.agency : tokens.location;

async function send(entry: SpecOperationEntry, request: SpecRequest, options: { body?: unknown; version?: string | null } = {}) {
  const body = 'body' in options ? options.body : request.body;
  const headers: Record<string, string> = { authorization: `Bearer ${tokenFor(entry)}` };
  if (options.version !== null) headers.version = options.version ?? entry.version;
  let payload: string | FormData | URLSearchParams | undefined;
  const fields = (value: object) =>
    Object.entries(value).map(([key, v]) => [key, String(Array.isArray(v) ? v[0] : typeof v === 'object' ? JSON.stringify(v) : v)] as const);
  if (body !== undefined && request.encoding === 'multipart' && typeof body === 'object' && body !== null) {
    payload = new FormData();
    for (const [key, value] of fields(body)) {
      if (request.files.includes(key)) payload.append(key, new Blob(['sandbox'], { type: 'text/plain' }), 'sandbox.txt');
      else payload.append(key, value);
    }
  } else if (body !== undefined && request.encoding === 'form' && typeof body === 'object' && body !== null) {
    payload = new URLSearchParams(fields(body).map(([key, value]) => [key, value]));
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${sandbox.url}${request.url}`, { method: entry.method, headers, body: payload });
  const text = await response.text();
  // A file (a call's recording, a download) is what it is: only JSON is parsed.
  const json = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return { status: response.status, body: text === '' ? undefined : json ? (JSON.parse(text) as unknown) : text };
}

/** GHL's error envelope: `{ statusCode, message, error }`, message a string or (422) a list. */
const expectGhlError = (answer: { status: number; body: unknown }, what: string) => {
  expect(answer.status, what).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  const body = answer.body as Record<string, unknown>;
  expect(body.statusCode, what).toBe(answer.status);
  expect(typeof body.message === 'string' || Array.isArray(body.message), what).toBe(true);
  expect(typeof body.error, what).toBe('string');
};

/**
 * Sends every operation's request: the long tail's at once (it keeps no state), the curated ones
 * one by one with DELETEs last, so each finds the records it names. Answers in no set order.
 */
async function sendAll<T>(ops: typeof operations, each: (name: string, entry: SpecOperationEntry) => Promise<T>): Promise<T[]> {
  const stateless = Promise.all(ops.filter(([, entry]) => !isCurated(entry)).map(([name, entry]) => each(name, entry)));
  const stateful: T[] = [];
  // Of the DELETEs, the deepest path first: /contacts/{id}/campaigns/{id} before /contacts/{id}.
  const rank = (entry: SpecOperationEntry) => (entry.method === 'DELETE' ? 100 - entry.path.split('/').length : 0);
  const deletesLast = ops.filter(([, entry]) => isCurated(entry)).sort(([, a], [, b]) => rank(a) - rank(b));
  for (const [name, entry] of deletesLast) stateful.push(await each(name, entry));
  return [...(await stateless), ...stateful];
}

describe.each(specApps())('%s', (app) => {
  const ofApp = operations.filter(([, entry]) => entry.app === app);

  it("answers a valid request to every operation with a 2xx that validates against the file's response schema", async () => {
    // An app with curated routes starts from the seed: a DELETE in another does not take its records.
    if (ofApp.some(([, entry]) => isCurated(entry))) {
      await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
      scheduleMessage(sandbox.store, scope.locationId);
    }
    const answers = await sendAll(ofApp, async (name, entry) => ({ name, answer: await send(entry, specRequest(name, entry, scope)) }));
    const problems = answers.flatMap(({ name, answer }) => {
      expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
      const found = answer.status >= 300 ? [`${answer.status} ${JSON.stringify(answer.body)}`] : validateResponse(name, answer.status, answer.body);
      return found.map((problem) => `${name}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('answers an invalid body and a missing Version header with a 4xx GHL error', async () => {
    await sendAll(ofApp, async (name, entry) => {
      const request = specRequest(name, entry, scope);
      expectGhlError(await send(entry, request, { version: null }), `${name} without Version`);
      if (request.body !== undefined && request.encoding === 'json') {
        expectGhlError(await send(entry, request, { body: 'not an object' }), `${name} with a string body`);
      }
    });
  });
});

describe('the long tail', () => {
  const rest = <T>(token: string, method: string, path: string, body?: unknown, version = specCatalog().get('objectsGetRecordById')!.version) =>
    ghlRest<T>(sandbox, token, method, path, body, version);
  /** GHL's error envelope; a 422 lists every problem in `message`. */
  interface ErrorEnvelope {
    statusCode: number;
    message: string | string[];
    error: string;
  }

  it('answers the same request the same way, echoing the ids it names, and another record otherwise', async () => {
    const path = `/businesses/biz_1`;
    const first = await rest<{ business: { id: string } }>(tokens.location, 'GET', path);
    expect(first.status).toBe(200);
    expect(first.body.business.id).toBe('biz_1');
    expect(await rest(tokens.location, 'GET', path)).toEqual(first);
    const other = await rest<{ business: { id: string } }>(tokens.location, 'GET', `/businesses/biz_2`);
    expect(other.body.business.id).toBe('biz_2');
    expect(other.body).not.toEqual(first.body);
  });

  it("refuses another location's id, as GHL's IAM does, and counts against the rate limit", async () => {
    const other = [...sandbox.store.locations.values()].find((l) => l.id !== scope.locationId)!;
    const refused = await rest(tokens.location, 'GET', `/objects/?locationId=${other.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ statusCode: 403, message: 'The token does not have access to this location.', error: 'Forbidden' });
    const response = await fetch(`${sandbox.url}/objects/?locationId=${scope.locationId}`, {
      headers: { authorization: `Bearer ${tokens.location}`, version: specCatalog().get('objectsGetObjectByLocationId')!.version },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { objects: { locationId: string }[] }).objects[0]?.locationId).toBe(scope.locationId);
    expect(response.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  });

  it('answers a wrong Version and an invalid body in GHL\'s error envelope, naming every problem', async () => {
    const path = `/businesses/biz_1`;
    expect(await rest(tokens.location, 'GET', path, undefined, '2021-04-15')).toEqual({
      status: 400,
      body: { statusCode: 400, message: 'Invalid version header', error: 'Bad Request' },
    });
    const invalid = await rest<ErrorEnvelope>(tokens.location, 'POST', '/businesses/', { name: 3, locationId: scope.locationId });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toBe('Unprocessable Entity');
    expect(invalid.body.message).toEqual(expect.arrayContaining(['body/name must be string']));
  });

  it('logs each request with its body, and a large body by its size only', async () => {
    sandbox.requests.clear();
    await rest(tokens.location, 'POST', '/associations/', { key: 3 });
    const large = { key: 'x'.repeat(70_000) };
    await rest(tokens.location, 'POST', '/associations/', large);
    const [small, big] = sandbox.requests.entries;
    expect(small).toMatchObject({ method: 'POST', path: '/associations/', body: { key: 3 }, bodyBytes: JSON.stringify({ key: 3 }).length });
    expect(big!.body).toBeUndefined();
    expect(big!.bodyBytes).toBe(JSON.stringify(large).length);
  });
});
