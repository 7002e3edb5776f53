/**
 * The long tail: a route for every operation of GHL's official files that no curated route
 * (../routes/) serves. Each checks the location the request names against the token, as GHL's IAM
 * does, then the request against the file (a 422 listing every problem, as GHL's DTO validation
 * answers), and answers the file's first 2xx: its example where it has one that fits the schema,
 * else a body made from the schema, seeded by the sandbox seed and the request's path. Nothing is
 * stored: these operations are stateless. Token, Version and rate limit are the server's, as for
 * every route.
 */
import { specCatalog } from '../../openapi/catalog.ts';
import type { SpecOperationEntry } from '../../openapi/entry.ts';
import { loadApp, loadCommon, successResponse, type SpecDocument } from '../../openapi/spec.ts';
import { validateRequest, validateResponse } from '../../openapi/validator.ts';
import { ghlErrors } from '../http/errors.ts';
import type { RequestContext, Route, TokenKinds } from '../http/router.ts';
import { isRecord } from '../http/validate.ts';
import { isUploadedPart } from '../http/multipart.ts';
import { domainRandom } from '../random.ts';
import { requireCompany, requireLocation } from '../routes/common.ts';
import { synthesize } from './synthesize.ts';

/** '/contacts/{contactId}/' and '/contacts/{id}' are one route. */
export const routeKey = (method: string, path: string) =>
  `${method} ${path.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '')}`;

/** The spec's security names the kinds of token an operation takes; none named means either. */
const tokensOf = (entry: SpecOperationEntry): TokenKinds => {
  const location = entry.access.some((a) => a.startsWith('Location-'));
  const agency = entry.access.some((a) => a.startsWith('Agency-'));
  return location === agency ? 'any' : location ? 'location' : 'agency';
};

/** Every operation of the files that `curated` does not serve, answered from its file. */
export function specRoutes(curated: readonly Route[], seed: number): Route[] {
  const served = new Set(curated.map((r) => routeKey(r.method, r.path)));
  const docs = new Map<string, SpecDocument>();
  const docOf = (app: string) => docs.get(app) ?? docs.set(app, loadApp(app)).get(app)!;
  const common = loadCommon();
  return [...specCatalog()]
    .filter(([, entry]) => !served.has(routeKey(entry.method, entry.path)))
    .map(([name, entry]) => ({
      method: entry.method,
      path: entry.path,
      versions: [entry.version],
      tokens: tokensOf(entry),
      handle: (context) => {
        const body = bodyForValidation(context.body);
        checkLocation(entry, context, body);
        const problems = validateRequest(name, { path: context.params, query: context.query, body });
        if (problems.length > 0) throw ghlErrors.unprocessable(problems);

        const doc = docOf(entry.app);
        const success = successResponse(doc.paths[entry.path]![entry.method.toLowerCase()]!);
        const status = success?.status ?? 200;
        if (status === 204) return { status, body: undefined };
        const example = Object.values(success?.media?.examples ?? {})
          .map((e) => e.value)
          .find((value) => value !== undefined && validateResponse(name, status, value).length === 0);
        if (example !== undefined) return { status, body: example };
        const random = domainRandom(seed, `${name} ${JSON.stringify([context.params, context.query])}`);
        const echo = echoOf(context, body);
        return { status, body: synthesize(success?.media?.schema, { doc, common, random, echo, id: addressedId(entry, context.params) }) };
      },
    }));
}

/** A multipart body is checked by its fields: each file part stands as the binary string the file declares. */
const bodyForValidation = (body: unknown): unknown =>
  isRecord(body) ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, isUploadedPart(v) ? v.filename : v])) : body;

/** The location (or company) the request names must be the token's, before anything is read. */
function checkLocation(entry: SpecOperationEntry, { params, query, principal, store }: RequestContext, body: unknown): void {
  if (!entry.location) return;
  const source: Record<string, unknown> =
    entry.location.in === 'path' ? params : entry.location.in === 'query' ? query : isRecord(body) ? body : {};
  const id = source[entry.location.name];
  if (typeof id !== 'string' || id === '') return;
  const kind = entry.location.name === 'altId' ? source.altType : 'location';
  if (kind === 'location') requireLocation(store, principal, id);
  else if (kind === 'company' || kind === 'agency') requireCompany(principal, id);
}

/** The ids the request carries by name, which the answer repeats wherever its schema has them. */
function echoOf({ params, query, principal }: RequestContext, body: unknown): Record<string, string> {
  const ids = (values: Record<string, unknown>) =>
    Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '' && /id$/i.test(e[0]));
  const echo = Object.fromEntries([...ids(isRecord(body) ? body : {}), ...ids(query), ...ids(params)]);
  if (echo.altId && (query.altType ?? (isRecord(body) ? body.altType : undefined)) === 'location') echo.locationId ??= echo.altId;
  if (principal.kind === 'location') echo.locationId ??= principal.locationId;
  echo.companyId ??= principal.companyId;
  return echo;
}

/** The record a path like '/things/{thingId}' addresses: its last segment, when that is a parameter. */
function addressedId(entry: SpecOperationEntry, params: Record<string, string>): string | undefined {
  const last = /\{([^}]+)\}\/?$/.exec(entry.path)?.[1];
  return last === undefined ? undefined : params[last];
}
