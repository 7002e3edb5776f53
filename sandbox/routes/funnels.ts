/**
 * Funnels (funnels.json): a location's funnels and websites, the pages of one, how many it has,
 * and creating a domain redirect. The spec declares no Version header for the lists; GHL takes
 * the API's usual one. Location tokens only (`Location-Access`).
 */
import { randomUUID } from 'node:crypto';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { withUnderscoreId, type Funnel } from '../model/marketing.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';

const FUNNELS = { versions: V2021_07_28, tokens: 'location' } as const;

export const funnelRoutes: Route[] = [
  route('GET', '/funnels/funnel/list', FUNNELS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const type = v.oneOf('type', ['funnel', 'website']);
    v.string('category');
    v.string('parentId');
    const name = v.string('name')?.toLowerCase();
    const offset = Math.floor(v.number('offset', { min: 0 }) ?? 0);
    const limit = Math.floor(v.number('limit', { min: 1, max: 100 }) ?? 10);
    v.check();
    requireLocation(store, principal, locationId);
    const funnels = store.funnels.where(
      (funnel) =>
        funnel.locationId === locationId &&
        !funnel.deleted &&
        (type === undefined || funnel.type === type) &&
        (name === undefined || funnel.name.toLowerCase().includes(name)),
    );
    return ok({ funnels: funnels.slice(offset, offset + limit).map(withUnderscoreId), count: funnels.length, traceId: randomUUID() });
  }),
  route('GET', '/funnels/page', FUNNELS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const { funnel, name } = readFunnelQuery(store, v);
    const limit = Math.floor(v.number('limit', { required: true, min: 1, max: 100 }));
    const offset = Math.floor(v.number('offset', { required: true, min: 0 }));
    v.check();
    requireLocation(store, principal, funnel().locationId);
    // FunnelPageResponseDTO describes one page; GHL answers a list of them, in step order.
    return ok(pagesOf(store, funnel(), name).slice(offset, offset + limit).map(withUnderscoreId));
  }),
  route('GET', '/funnels/page/count', FUNNELS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const { funnel, name } = readFunnelQuery(store, v);
    v.check();
    requireLocation(store, principal, funnel().locationId);
    return ok({ count: pagesOf(store, funnel(), name).length });
  }),
  route('POST', '/funnels/lookup/redirect', FUNNELS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const domain = v.string('domain', { required: true });
    const path = v.custom<string, true>('path', (value) => (typeof value === 'string' && value.startsWith('/') ? [] : ['path must start with /']), {
      required: true,
    });
    const target = v.custom<string, true>('target', (value) => (typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? [] : ['target must be a URL address']), {
      required: true,
    });
    const action = v.oneOf('action', ['funnel', 'website', 'url', 'all'], { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    const pathLowercase = path.toLowerCase();
    const taken = store.redirects.where((r) => r.locationId === locationId && r.domain === domain && r.pathLowercase === pathLowercase);
    if (taken.length > 0) throw ghlErrors.unprocessable([`A redirect for ${domain}${path} already exists`]);
    const redirect = store.redirects.insert({ id: randomId(), locationId, domain, path, pathLowercase, type: 'Permanent', target, action });
    return ok({ data: redirect });
  }),
];

/** `locationId` and `funnelId` (both required) and the optional page `name` filter. */
function readFunnelQuery(store: SandboxStore, v: Validator) {
  const locationId = v.string('locationId', { required: true });
  const funnelId = v.string('funnelId', { required: true });
  const name = v.string('name')?.toLowerCase();
  // Read after check(): a missing id is reported as a 422 first.
  const funnel = (): Funnel => {
    const found = store.funnels.get(funnelId);
    if (!found || found.locationId !== locationId || found.deleted) throw new GhlError(404, 'Funnel not found');
    return found;
  };
  return { funnel, name };
}

function pagesOf(store: SandboxStore, funnel: Funnel, name: string | undefined) {
  const order = new Map(funnel.steps.map((step) => [step.id, step.sequence]));
  return store.funnelPages
    .where((page) => page.funnelId === funnel.id && !page.deleted && (name === undefined || page.name.toLowerCase().includes(name)))
    .sort((a, b) => (order.get(a.stepId) ?? 0) - (order.get(b.stepId) ?? 0));
}
