/** Every operation the gateway calls exists in GHL's official OpenAPI files, as the catalog says. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { undeclaredVersion } from '../openapi/overrides.ts';
import { operations } from '../src/ghl/catalog.ts';
import type { CallArgs } from '../src/ghl/client.ts';
import type { OperationDef } from '../src/ghl/operation.ts';

import { openApiAppsDir } from './support/reference.ts';

interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
  required?: string[];
}
interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[];
  requestBody?: { content: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApiFile {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}
const specs = new Map<string, OpenApiFile>();
const specOf = (spec: string) => {
  if (!specs.has(spec)) specs.set(spec, JSON.parse(readFileSync(resolve(openApiAppsDir, `${spec}.json`), 'utf8')));
  return specs.get(spec)!;
};
const pathsOf = (spec: string) => specOf(spec).paths;

/** The Version an operation that declares none takes (openapi/overrides.ts): its app's one, if the app has one. */
function undeclaredVersionOf(spec: string): string[] {
  const declared = new Set(
    Object.values(pathsOf(spec)).flatMap((item) =>
      Object.values(item).flatMap((op) => (op?.parameters?.find((p) => p.name === 'Version' && p.in === 'header')?.schema?.enum as string[] | undefined) ?? []),
    ),
  );
  return declared.size === 1 ? [...declared] : [undeclaredVersion];
}

/** The names a location goes by in GHL's parameters and bodies. */
const LOCATION_NAMES = ['locationId', 'location_id', 'altId'];

/** Where the official file lets an operation name its location: `in:name`, and whether it must. */
function locationParamsOf(op: OperationDef): { place: string; required: boolean }[] {
  const file = specOf(op.spec);
  const official = file.paths[op.path]![op.method.toLowerCase()]!;
  const found = (official.parameters ?? [])
    .filter((p) => LOCATION_NAMES.includes(p.name) && (p.in === 'query' || p.in === 'path'))
    .map((p) => ({ place: `${p.in}:${p.name}`, required: p.in === 'path' || p.required === true }));
  // A few files leave a path template's {locationId} out of the parameters.
  if (op.path.includes('{locationId}') && !found.some((p) => p.place === 'path:locationId')) found.push({ place: 'path:locationId', required: true });
  for (const { schema } of Object.values(official.requestBody?.content ?? {})) {
    const body = schema?.$ref ? file.components!.schemas![schema.$ref.split('/').at(-1)!] : schema;
    for (const name of LOCATION_NAMES) {
      if (body?.properties?.[name]) found.push({ place: `body:${name}`, required: body.required?.includes(name) ?? false });
    }
  }
  return found;
}

/** Declarations the official files do not bear out, each for a reason. */
const DECLARED_OTHERWISE: Record<string, string> = {
  // The agency's token mints a location's: the call spends the agency's budget, not the location's.
  getLocationAccessToken: 'none',
  // The file leaves altId/altType out of the upload form; the developers' brief sends them, and GHL takes them.
  uploadMediaFile: 'body:altId',
  // The file declares the search body with no properties; GHL's search documentation puts locationId in it.
  searchContacts: 'body:locationId',
  // The file declares the record body with no properties; GHL's records documentation puts locationId in it.
  createObjectRecord: 'body:locationId',
};

describe('operation catalog', () => {
  it.each(Object.entries(operations))('%s matches the official OpenAPI file', (_, op) => {
    const spec = pathsOf(op.spec)[op.path];
    expect(spec, `${op.path} in ${op.spec}.json`).toBeDefined();
    const official = spec![op.method.toLowerCase()];
    expect(official, `${op.method} ${op.path}`).toBeDefined();
    expect(official!.operationId).toBe(op.operationId);
    const version = official!.parameters?.find((p) => p.name === 'Version' && p.in === 'header');
    // A few operations (funnels, two of conversations, POST /oauth/token) declare no Version header:
    // GHL takes the one the rest of their app declares, else the one the rest of the API uses.
    expect(version?.schema?.enum ?? undeclaredVersionOf(op.spec)).toEqual([op.version]);
  });

  it.each(Object.entries(operations))('%s declares its location where the official OpenAPI file puts it', (name, op) => {
    const official = locationParamsOf(op);
    const declared = op.location === 'none' ? 'none' : `${op.location.in}:${op.location.name}`;
    if (name in DECLARED_OTHERWISE) {
      expect(declared).toBe(DECLARED_OTHERWISE[name]);
      return;
    }
    // Every location the file requires is the declared one; one it only allows may be left out.
    const required = official.filter((p) => p.required).map((p) => p.place);
    expect(required.filter((place) => place !== declared), `${op.method} ${op.path} requires`).toEqual([]);
    if (op.location === 'none') return;
    const slot = official.find((p) => p.place === declared);
    expect(slot, `${declared} in ${op.method} ${op.path}`).toBeDefined();
    expect(op.location.optional === true, `${declared} optional`).toBe(!slot!.required);
  });

  it('types a call as its operation declares its location (checked by tsc)', () => {
    expectTypeOf<CallArgs<'createContact'>['location']>().toEqualTypeOf<string>();
    expectTypeOf<CallArgs<'searchUsers'>['location']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CallArgs<'getContact'>['location']>().toEqualTypeOf<undefined>();
    // @ts-expect-error: createContact names its location, so a call must be given one
    const unlocated: CallArgs<'createContact'> = { body: {} };
    // @ts-expect-error: the location goes as `location`, never in the query by hand
    const byHand: CallArgs<'listContacts'> = { location: 'loc_1', query: { locationId: 'loc_1' } };
    // @ts-expect-error: nor in the path
    const inPath: CallArgs<'getLocation'> = { location: 'loc_1', path: { locationId: 'loc_1' } };
    expect([unlocated, byHand, inPath]).toHaveLength(3);
  });

  it('never retries a POST unless it is marked idempotent on purpose', () => {
    const retriedPosts = Object.entries(operations)
      .filter(([, op]) => op.method === 'POST' && op.idempotent)
      .map(([name]) => name);
    expect(retriedPosts).toEqual(['searchContacts', 'addContactTags', 'addContactFollowers', 'searchOpportunitiesAdvanced', 'addOpportunityFollowers', 'setLiveChatTyping', 'validateCalendarGroupSlug', 'listSocialPosts', 'searchObjectRecords']);
  });
});
