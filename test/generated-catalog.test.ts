/**
 * The catalog generated from GHL's official OpenAPI files (scripts/generate-ghl-catalog.ts): it is
 * up to date (the long-tail description too), covers every operation of the vendored files, agrees
 * with the hand-written catalog, and its request validator takes the files' example requests and
 * refuses wrong ones.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { GENERATED_DIR, generate } from '../scripts/generate-ghl-catalog.ts';
import { operations } from '../src/ghl/catalog.ts';
import { specOperations, type SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { longTailApps } from '../src/ghl/generated/long-tail.ts';
import type { SpecOperationTypes } from '../src/ghl/generated/types/index.ts';
import { corrections, idempotentPosts, isStringDeclaredAsObject, versionOverrides, wrongExamples } from '../openapi/overrides.ts';
import { validateRequest } from '../openapi/validator.ts';
import { loadApp as readApp, SPEC_DIR, specApps, type SpecDocument, type SpecOperation } from '../openapi/spec.ts';

const corrected = new Map<string, SpecDocument>();
const loadApp = (app: string) => corrected.get(app) ?? corrected.set(app, readApp(app)).get(app)!;

/** The vendored files as they are on disk, without the corrections: what GHL publishes. */
const rawApp = (app: string) =>
  JSON.parse(readFileSync(resolve(SPEC_DIR, 'apps', `${app}.json`), 'utf8')) as {
    paths: Record<string, Record<string, SpecOperation>>;
  };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const filed = specApps().flatMap((app) =>
  Object.entries(rawApp(app).paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ app, operationId: op.operationId, method: method.toUpperCase(), path, op })),
  ),
);
const generated = Object.entries(specOperations) as [SpecOperationName, (typeof specOperations)[SpecOperationName]][];
const twinOf = (app: string, operationId: string) =>
  generated.find(([, entry]) => entry.app === app && entry.operationId === operationId);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(resolve(dir, d.name)) : [relative(GENERATED_DIR, resolve(dir, d.name))],
  );

describe('generated GHL catalog', () => {
  it('is what the generator writes from the vendored files today (run `npm run codegen:ghl` if not)', () => {
    const fresh = generate();
    expect(filesUnder(GENERATED_DIR).sort()).toEqual([...fresh.keys()].sort());
    expect([...fresh.keys()]).toEqual(expect.arrayContaining(['catalog.ts', 'long-tail.ts', 'types/index.ts']));
    for (const [path, text] of fresh) {
      expect(readFileSync(resolve(GENERATED_DIR, path), 'utf8'), `src/ghl/generated/${path} is stale`).toBe(text);
    }
  });

  it('describes each operation once as a long-tail field, in a description a fraction of the files’ size', () => {
    const described = longTailApps.flatMap((app) => [...app.queries, ...app.mutations].map((op) => op.operation));
    expect(described.toSorted()).toEqual(generated.map(([name]) => name).toSorted());
    expect(longTailApps.map((app) => app.app)).toEqual(specApps());
    // The gateway compiles this file at every start: it stays about a third of the files it replaces.
    expect(statSync(resolve(GENERATED_DIR, 'long-tail.ts')).size).toBeLessThan(1_200_000);
  });

  it('holds all 576 operations of the 41 apps, each with the method and path of its file', () => {
    expect(specApps()).toHaveLength(41);
    expect(filed).toHaveLength(576);
    expect(generated).toHaveLength(576);
    for (const { app, operationId, method, path } of filed) {
      const twin = twinOf(app, operationId);
      expect(twin, `${app}/${operationId}`).toBeDefined();
      expect({ method: twin![1].method, path: twin![1].path }).toEqual({ method, path });
    }
  });

  it("takes each Version from the file, and its app's where the file declares none", () => {
    const declared = (op: SpecOperation) =>
      (op.parameters?.find((p) => p.in === 'header' && p.name === 'Version')?.schema?.enum as string[] | undefined)?.[0];
    const undeclared: string[] = [];
    for (const { app, operationId, op } of filed) {
      const [name, entry] = twinOf(app, operationId)!;
      const version = declared(op);
      if (version) expect(entry.version, name).toBe(versionOverrides[name]?.version ?? version);
      else undeclared.push(`${name} ${entry.version}`);
    }
    expect(undeclared).toHaveLength(29);
    expect(undeclared).toContain('conversationsGetEmailById 2021-04-15');
    expect(undeclared).toContain('oauthGetAccessToken 2021-07-28');
    expect(undeclared).toContain('storeListShippingZones 2021-07-28');
    const versions = (app: string) => [...new Set(generated.filter(([, e]) => e.app === app).map(([, e]) => e.version))];
    expect(versions('conversations')).toEqual(['2021-04-15']);
    expect(versions('calendars')).toEqual(['2021-04-15']);
    expect(versions('contacts')).toEqual(['2021-07-28']);
  });

  it('places the location where the file puts it, and retries no POST unless declared', () => {
    const entry = (name: SpecOperationName) => specOperations[name];
    expect(entry('contactsGetContacts').location).toEqual({ in: 'query', name: 'locationId' });
    expect(entry('contactsCreateContact').location).toEqual({ in: 'body', name: 'locationId' });
    expect(entry('contactsGetContact').location).toBeNull();
    expect(entry('socialMediaPostingGetPosts').location).toEqual({ in: 'path', name: 'locationId' });
    expect(entry('invoicesListInvoices').location).toEqual({ in: 'query', name: 'altId' });
    // altId is a location only beside altType: a message's altId is the provider's message id.
    expect(entry('conversationsAddAnInboundMessage').location).toBeNull();
    expect(entry('productsGetProductCollectionId').location).toBeNull();
    expect(entry('productsUpdateProductCollection').location).toEqual({ in: 'body', name: 'altId' });
    expect(entry('contactsGetContacts').scopes).toEqual(['contacts.readonly']);

    const retriedPosts = generated.filter(([, e]) => e.method === 'POST' && e.idempotent).map(([name]) => name);
    expect(retriedPosts.sort()).toEqual(Object.keys(idempotentPosts).sort());
    expect(generated.filter(([, e]) => e.method !== 'POST' && e.method !== 'PATCH' && !e.idempotent)).toEqual([]);
  });

  it("types each operation's request and response as deeply as its file does", () => {
    type Types = SpecOperationTypes;
    expectTypeOf<Types['contactsGetContacts']['request']['query']['locationId']>().toEqualTypeOf<string>();
    expectTypeOf<Types['contactsGetContact']['request']['path']>().toEqualTypeOf<{ contactId: string }>();
    expectTypeOf<Types['socialMediaPostingCreatePost']['request']['body']['type']>().toEqualTypeOf<'post' | 'story' | 'reel'>();
    expectTypeOf<NonNullable<Types['contactsGetContact']['response']['contact']>['email']>().toEqualTypeOf<string | undefined>();
    // Unknown only where the file itself is untyped: ad-manager's 2xx responses declare no schema.
    expectTypeOf<Types['adManagerFbGetReporting']['response']>().toBeUnknown();
  });

  it('agrees with every hand-written catalog entry on method, path, Version and idempotency', () => {
    const overridden: string[] = [];
    for (const [name, op] of Object.entries(operations)) {
      const twin = twinOf(op.spec, op.operationId);
      expect(twin, `${name}: ${op.spec}/${op.operationId}`).toBeDefined();
      const [twinName, entry] = twin!;
      if (versionOverrides[twinName]) overridden.push(twinName);
      expect({ method: entry.method, path: entry.path, version: entry.version, idempotent: entry.idempotent }, name).toEqual({
        method: op.method,
        path: op.path,
        version: op.version,
        idempotent: op.idempotent,
      });
    }
    // The Version overrides the hand-written entries rely on: none today.
    expect(overridden).toEqual([]);
  });
});

describe('official file corrections', () => {
  it('reads the social post type as the strings its description lists', () => {
    for (const { pointer } of corrections.filter((c) => c.app === 'social-media-posting' && c.was.type === 'object')) {
      expect(rawNode('social-media-posting', pointer)).toMatchObject({ type: 'object' });
    }
    const body = { accountIds: ['acc_1'], summary: 'Hello', type: 'post', userId: 'user_1' };
    const path = { locationId: 'loc_1' };
    expect(validateRequest('socialMediaPostingCreatePost', { path, body })).toEqual([]);
    expect(validateRequest('socialMediaPostingCreatePost', { path, body: { ...body, type: 'tweet' } })).toEqual([
      'body/type must be equal to one of the allowed values',
    ]);
  });

  it('leaves no schema declared an object whose example is a plain string', () => {
    const left: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      if (isStringDeclaredAsObject(node as Record<string, unknown>)) left.push(at);
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    for (const app of specApps()) walk(loadApp(app), app);
    expect(left).toEqual([]);
    // The most visible case: a contact's date of birth, declared an object, sent as a date string.
    expect(rawNode('contacts', '/components/schemas/CreateContactDto/properties/dateOfBirth')).toMatchObject({ type: 'object' });
    expect(validateRequest('contactsCreateContact', { body: { locationId: 'loc_1', dateOfBirth: '1990-09-25' } })).toEqual([]);
  });
});

const rawNode = (app: string, pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], rawApp(app));

describe('request validator', () => {
  /** A request made of the file's own examples: each parameter's and the body's, where it has them. */
  const exampleRequest = (op: SpecOperation) => {
    const parts = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown> };
    let complete = true;
    for (const p of op.parameters ?? []) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const example = (p as { example?: unknown }).example ?? p.schema?.example ?? (p.schema?.enum as unknown[] | undefined)?.[0];
      if (example !== undefined) parts[p.in][p.name] = example;
      else if (p.required || p.in === 'path') complete = false;
    }
    const media = op.requestBody?.content?.['application/json'];
    const bodies = media?.examples ? Object.values(media.examples).map((e) => e.value) : media?.example !== undefined ? [media.example] : [];
    return { parts, complete, bodies };
  };

  it("accepts the files' example requests", () => {
    let checked = 0;
    let bodies = 0;
    for (const [name, entry] of generated) {
      if (wrongExamples[name]) continue;
      const { parts, complete, bodies: examples } = exampleRequest(loadApp(entry.app).paths[entry.path]![entry.method.toLowerCase()]!);
      if (!complete) continue;
      for (const body of examples.length ? examples : [undefined]) {
        const problems = validateRequest(name, { ...parts, body }).filter((p) => p !== 'body is required');
        expect(problems, name).toEqual([]);
      }
      checked += 1;
      bodies += examples.length;
    }
    // Most operations give an example for every parameter they require; one gives a body.
    expect(checked).toBeGreaterThan(450);
    expect(bodies).toBeGreaterThanOrEqual(1);
  });

  it('refuses a wrong body, a missing one, a missing path parameter and an unknown query parameter', () => {
    expect(validateRequest('contactsCreateContact', { body: { locationId: 'loc_1', firstName: 3 } })).toEqual([
      'body/firstName must be string',
    ]);
    expect(validateRequest('contactsCreateContact', {})).toEqual(['body is required']);
    expect(validateRequest('contactsGetContact', { path: {} })).toEqual(["path must have required property 'contactId'"]);
    expect(validateRequest('usersDeleteUser', { path: {} })).toEqual(["path must have required property 'userId'"]);
    expect(validateRequest('contactsGetContacts', { query: { locationId: 'loc_1', limt: 20 } })).toEqual([
      'query must NOT have additional properties (limt)',
    ]);
    expect(validateRequest('contactsGetContacts', { query: { locationId: 'loc_1', limit: '20' } })).toEqual([]);
    expect(validateRequest('contactsGetContacts', { query: { locationId: 'loc_1', limit: 'twenty' } })).toEqual([
      'query/limit must be number',
    ]);
  });

  it('refuses a body that is not even an object, for every operation that takes a JSON object', () => {
    let refused = 0;
    for (const [name, entry] of generated) {
      const media = loadApp(entry.app).paths[entry.path]![entry.method.toLowerCase()]!.requestBody?.content?.['application/json'];
      const target = media?.schema?.$ref ? loadApp(entry.app).components.schemas?.[String(media.schema.$ref).split('/').pop()!] : media?.schema;
      if (target?.type !== 'object') continue;
      expect(validateRequest(name, { body: 'not an object' }).filter((p) => p.startsWith('body')), name).toContain('body must be object');
      refused += 1;
    }
    expect(refused).toBeGreaterThan(200);
  });
});
