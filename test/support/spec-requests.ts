/**
 * A valid request to any operation of GHL's files, made from the file: each value the file's
 * example where it fits, else drawn from the schema by the sandbox's own synthesizer; the location
 * the token's, and ids of seeded records where the request names one the sandbox keeps.
 */
import type { SpecOperationEntry } from '../../openapi/entry.ts';
import { loadApp, loadCommon, requestMedia, type JsonSchema, type SpecDocument, type SpecParameter } from '../../openapi/spec.ts';
import { validateRequest, type RequestParts } from '../../openapi/validator.ts';
import type { SandboxStore } from '../../sandbox/index.ts';
import { Random } from '../../sandbox/random.ts';
import { synthesize } from '../../sandbox/spec/synthesize.ts';

export interface SpecRequest extends RequestParts {
  path: Record<string, string>;
  query: Record<string, string>;
  /** The concrete path, parameters filled in and escaped. */
  url: string;
  /** How the body travels: as the file's media type says. */
  encoding: 'json' | 'multipart' | 'form';
  /** The multipart fields that are files (`format: binary`). */
  files: string[];
}

const docs = new Map<string, SpecDocument>();
const docOf = (app: string) => docs.get(app) ?? docs.set(app, loadApp(app)).get(app)!;
const common = loadCommon();

/** Ids of seeded records in one location, by the name a request gives them. */
export function seededIds(store: SandboxStore, locationId: string): (name: string, collection: string) => string | undefined {
  const ofLocation = <T extends { id: string }>(records: Iterable<T>) =>
    [...records].find((r) => {
      const owner = r as { locationId?: string; altId?: string };
      return owner.locationId === locationId || owner.altId === locationId;
    })?.id;
  const contact = [...store.contactsOfLocation(locationId)].find(
    (c) => store.tasksOfContact(c.id).length > 0 && store.notesOfContact(c.id).length > 0,
  );
  const user = [...store.users.values()].find((u) => JSON.stringify(u).includes(locationId));
  const pipeline = [...store.pipelines.values()].find((p) => (p as { locationId?: string }).locationId === locationId);
  const byName: Record<string, () => string | undefined> = {
    contactId: () => contact?.id,
    taskId: () => contact && store.tasksOfContact(contact.id)[0]?.id,
    notes: () => contact && store.notesOfContact(contact.id)[0]?.id,
    conversationId: () => ofLocation(store.conversations.values()),
    messages: () => ofLocation(store.messages.values()),
    opportunities: () => ofLocation(store.opportunities.values()),
    pipelineId: () => pipeline?.id,
    pipelineStageId: () => pipeline?.stages[0]?.id,
    funnelId: () => ofLocation(store.funnels.values()),
    calendarId: () => ofLocation(store.calendars.values()),
    eventId: () => ofLocation(store.appointments.values()),
    invoiceId: () => ofLocation(store.invoices.values()),
    workflowId: () => ofLocation(store.workflows.values()),
    campaignId: () => ofLocation(store.campaigns.values()),
    orderId: () => ofLocation(store.orders.values()),
    transactionId: () => ofLocation(store.transactions.values()),
    productId: () => ofLocation(store.products.values()),
    tagId: () => ofLocation(store.locationTags.values()),
    customFields: () => ofLocation(store.customFields.values()),
    customValues: () => ofLocation(store.customValues.values()),
    medias: () => ofLocation(store.mediaObjects.values()),
    posts: () => ofLocation(store.socialPosts.values()),
    userId: () => user?.id,
    assignedTo: () => user?.id,
  };
  // A bare `{id}` is named by the collection before it: /opportunities/{id}.
  return (name, collection) => (name === 'id' ? byName[collection] : byName[name])?.();
}

export interface RequestScope {
  locationId: string;
  companyId: string;
  ids: ReturnType<typeof seededIds>;
}

/** The one request the tests send to an operation; fails when it does not satisfy the file. */
export function specRequest(name: string, entry: SpecOperationEntry, scope: RequestScope): SpecRequest {
  const doc = docOf(entry.app);
  const op = doc.paths[entry.path]![entry.method.toLowerCase()]!;
  const random = new Random(name.length);
  const draw = (schema: JsonSchema | undefined, key: string) => synthesize(schema, { doc, common, random, echo: {}, id: undefined }, key);
  const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
  const altType = params.find((p) => p.name === 'altType');
  const altTypes = (altType?.schema?.enum ?? ['location']) as string[];
  const asLocation = altTypes.includes('location');

  const valueOf = (p: SpecParameter, collection: string): unknown => {
    if (p.name === 'locationId' || p.name === 'location_id') return scope.locationId;
    if (p.name === 'companyId') return scope.companyId;
    if (p.name === 'altType') return asLocation ? 'location' : altTypes[0];
    if (p.name === 'altId') return asLocation ? scope.locationId : scope.companyId;
    const seeded = scope.ids(p.name, collection);
    if (seeded) return seeded;
    const example = (p as { example?: unknown }).example ?? p.schema?.example;
    return example !== undefined && !(p.schema?.enum as unknown[] | undefined)?.length ? example : draw(p.schema, p.name);
  };
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  const segments = entry.path.split('/');
  for (const p of params) {
    if (p.in === 'query' && !p.required && p.name !== 'altType') continue;
    const collection = segments[segments.indexOf(`{${p.name}}`) - 1] ?? '';
    const value = valueOf(p, collection);
    (p.in === 'path' ? path : query)[p.name] = Array.isArray(value) ? String(value[0]) : String(value);
  }

  const media = requestMedia(op);
  let body: unknown;
  if (media) {
    const examples = media.examples ? Object.values(media.examples).map((e) => e.value) : media.example !== undefined ? [media.example] : [];
    body = examples.find((example) => validateRequest(name, { path, query, body: example }).length === 0) ?? draw(media.schema, '');
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      const fields = body as Record<string, unknown>;
      for (const key of Object.keys(fields)) {
        if (key === 'locationId' && typeof fields[key] === 'string') fields[key] = scope.locationId;
        else if (key === 'companyId' && typeof fields[key] === 'string') fields[key] = scope.companyId;
        else if (key === 'altId') fields[key] = fields.altType === 'company' || fields.altType === 'agency' ? scope.companyId : scope.locationId;
        else if (typeof fields[key] === 'string') fields[key] = scope.ids(key, '') ?? fields[key];
      }
    }
  }

  const problems = validateRequest(name, { path, query, body });
  if (problems.length > 0) throw new Error(`the request built for ${name} does not satisfy its file: ${problems.join('; ')}`);
  const filled = entry.path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(path[param]!));
  const search = new URLSearchParams(query).toString();
  const encoding = media?.type === 'multipart/form-data' ? 'multipart' : media?.type === 'application/x-www-form-urlencoded' ? 'form' : 'json';
  const properties = (resolveLocal(doc, media?.schema)?.properties ?? {}) as Record<string, JsonSchema>;
  const files = Object.keys(properties).filter((key) => resolveLocal(doc, properties[key])?.format === 'binary');
  return { path, query, body, url: search ? `${filled}?${search}` : filled, encoding, files };
}

const resolveLocal = (doc: SpecDocument, schema: JsonSchema | undefined): JsonSchema | undefined =>
  typeof schema?.$ref === 'string' ? doc.components.schemas?.[schema.$ref.split('/').pop()!] : schema;
