/** The sandbox is a product: it must answer as GoHighLevel does, per the official OpenAPI files. */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Contact, type RequestLogEntry, type Sandbox, type SandboxTokens } from '../sandbox/index.ts';
import { operations } from '../src/ghl/catalog.ts';
import { specOperations as catalogEntries } from '../src/ghl/generated/catalog.ts';
import { oauthEndpoints } from '../sandbox/auth/oauth.ts';
import { apiRoutes } from '../sandbox/routes/index.ts';
import { openApiAppsDir } from './support/reference.ts';

/** The part of an OpenAPI operation these tests read: its Version header parameter. */
interface SpecOperation {
  parameters?: { name: string; schema?: { enum?: string[] } }[];
}
const specPaths = readdirSync(openApiAppsDir).flatMap((file) =>
  Object.entries((JSON.parse(readFileSync(resolve(openApiAppsDir, file), 'utf8')) as { paths: Record<string, Record<string, SpecOperation>> }).paths),
);

/** GHL's error envelope; a 422 lists every problem in `message`. */
interface ErrorEnvelope {
  statusCode: number;
  message: string | string[];
  error: string;
}

let sandbox: Sandbox;
let locationId: string;
let token: string;
let otherLocationId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: { max: 1000, intervalMs: 10_000 } });
  [[locationId, token], [otherLocationId]] = Object.entries(sandbox.tokens.locations) as [[string, string], [string, string]];
});
afterAll(() => sandbox.close());

const call = async <T = ErrorEnvelope>(path: string, init: { method?: string; token?: string | null; version?: string | null; body?: unknown } = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? token}` }),
      ...(init.version === null ? {} : { version: init.version ?? '2021-07-28' }),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
};

describe('routes', () => {
  it.each(apiRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s is in the official OpenAPI files with its Version', (_, route) => {
    const [, specOperations] = specPaths.find(([path]) => path === route.path) ?? [];
    const operation = specOperations?.[route.method.toLowerCase()];
    expect(operation, `${route.method} ${route.path}`).toBeDefined();
    const version = operation?.parameters?.find((p) => p.name === 'Version');
    // A few operations declare no Version header: GHL takes the one the rest of their app uses,
    // as the generated catalog records it (openapi/overrides.ts, undeclaredVersion).
    const declared = Object.values(catalogEntries).find((entry) => entry.method === route.method && entry.path === route.path)?.version;
    expect([...route.versions]).toEqual(version?.schema?.enum ?? [declared]);
  });

  it('serves every operation the gateway calls', () => {
    const served = new Set([...apiRoutes, ...oauthEndpoints].map((route) => `${route.method} ${route.path.replace(/\/$/, '')}`));
    for (const [name, op] of Object.entries(operations)) {
      expect(served, name).toContain(`${op.method} ${op.path.replace(/\/$/, '')}`);
    }
  });
});

describe('GHL behaviour', () => {
  it('refuses a missing or unknown token with 401 and GHL’s error body', async () => {
    for (const bad of [null, 'sbx-loc-unknown']) {
      const { status, body } = await call(`/locations/${locationId}`, { token: bad });
      expect(status).toBe(401);
      expect(body).toEqual({ statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized' });
    }
  });

  it('refuses a body over 128 MiB with 413, whether it says its length or streams it, without reading it whole', async () => {
    const declared = await new Promise<{ status: number; body: string }>((done, fail) => {
      const req = request(`${sandbox.url}/contacts/`, { method: 'POST', headers: { 'content-length': String(200 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode!, body }));
      });
      req.on('error', fail);
      req.write('{');
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ statusCode: 413, message: 'request entity too large' });

    const chunk = Buffer.alloc(1024 * 1024, 32);
    const streamed = await fetch(`${sandbox.url}/contacts/`, {
      method: 'POST',
      body: Readable.toWeb(Readable.from((function* () { for (let i = 0; i < 129; i++) yield chunk; })())) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('refuses a missing or wrong Version with 400', async () => {
    expect((await call(`/locations/${locationId}`, { version: null })).body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect((await call(`/locations/${locationId}`, { version: '2021-04-15' })).status).toBe(400);
  });

  it("keeps a location's token out of every other location with 403", async () => {
    const other = sandbox.store.contactsOfLocation(otherLocationId)[0]!;
    for (const path of [`/locations/${otherLocationId}`, `/contacts/${other.id}`, `/contacts/?locationId=${otherLocationId}`]) {
      const { status, body } = await call(path);
      expect(status, path).toBe(403);
      expect(body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
  });

  it('answers 404 for unknown records and 422 with a list of messages for invalid bodies', async () => {
    expect((await call('/contacts/nope0000000000000000')).body).toEqual({ statusCode: 404, message: 'Contact not found', error: 'Not Found' });
    const invalid = await call('/contacts/', { method: 'POST', body: { locationId, email: 'not-an-email' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.statusCode).toBe(422);
    expect(invalid.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/email/)]));
  });

  it('pages contacts with startAfter/startAfterId and meta, as GHL does', async () => {
    type ContactPage = { contacts: Contact[]; count: number; meta: { startAfter: number; startAfterId: string } };
    const first = await call<ContactPage>(`/contacts/?locationId=${locationId}&limit=100`);
    expect(first.body.contacts).toHaveLength(100);
    expect(first.body.meta).toMatchObject({ total: first.body.count, currentPage: 1, nextPage: 2 });
    const { startAfter, startAfterId } = first.body.meta;
    const second = await call<ContactPage>(`/contacts/?locationId=${locationId}&limit=100&startAfter=${startAfter}&startAfterId=${startAfterId}`);
    const ids = [...first.body.contacts, ...second.body.contacts].map((c) => c.id);
    expect(new Set(ids).size).toBe(200);
  });

  it('limits each location to its burst, with X-RateLimit-* headers and a 429 with Retry-After', async () => {
    const limited = await startSandbox({ rateLimit: { max: 3, intervalMs: 60_000 } });
    try {
      const [[loc, tok]] = Object.entries(limited.tokens.locations) as [[string, string]];
      const get = () => fetch(`${limited.url}/locations/${loc}`, { headers: { authorization: `Bearer ${tok}`, version: '2021-07-28' } });
      const remaining = [];
      for (let i = 0; i < 3; i++) {
        const response = await get();
        expect(response.status).toBe(200);
        expect(response.headers.get('x-ratelimit-max')).toBe('3');
        expect(response.headers.get('x-ratelimit-interval-milliseconds')).toBe('60000');
        expect(Number(response.headers.get('x-ratelimit-daily-remaining'))).toBeGreaterThan(0);
        remaining.push(response.headers.get('x-ratelimit-remaining'));
      }
      expect(remaining).toEqual(['2', '1', '0']);
      const refused = await get();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toEqual({ statusCode: 429, message: 'Too many requests', error: 'Too Many Requests' });
    } finally {
      await limited.close();
    }
  });

  it('seeds the same data and tokens from the same seed, and other data from another', async () => {
    const [same, other] = await Promise.all([startSandbox({ seed: 1 }), startSandbox({ seed: 2 })]);
    try {
      expect(same.tokens).toEqual(sandbox.tokens);
      expect([...same.store.contacts.keys()]).toEqual([...sandbox.store.contacts.keys()]);
      expect(other.tokens).not.toEqual(sandbox.tokens);
      for (const location of same.store.locations.values()) {
        expect(same.store.contactsOfLocation(location.id).length).toBeGreaterThanOrEqual(200);
        for (const contact of same.store.contactsOfLocation(location.id)) {
          if (contact.assignedTo) expect(same.store.users.get(contact.assignedTo)?.roles.locationIds).toContain(location.id);
        }
      }
    } finally {
      await Promise.all([same.close(), other.close()]);
    }
  });

  it('is driven over HTTP by its admin endpoints', async () => {
    const admin = (path: string, method = 'GET', body?: unknown) =>
      fetch(`${sandbox.url}/_sandbox/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(((await (await admin('tokens')).json()) as SandboxTokens).locations[locationId]).toBe(token);
    await admin('faults', 'PUT', { serverError: 1 });
    expect((await call(`/locations/${locationId}`)).status).toBe(500);
    expect((await call(`/locations/${locationId}`)).status).toBe(200);
    await admin('requests', 'DELETE');
    await call(`/locations/${locationId}`);
    const log = (await (await admin('requests')).json()) as { entries?: RequestLogEntry[] } | RequestLogEntry[];
    expect(Array.isArray(log) ? log : log.entries).toEqual([expect.objectContaining({ method: 'GET', path: `/locations/${locationId}`, status: 200 })]);
  });
});
