/**
 * Funnels and websites: a location's list (`offset`/`limit`, with a count), a funnel's pages and
 * their count, and domain redirects. GHL reads no single funnel: one is found in its location's
 * list (node key `locationId/id`).
 */
import type { GatewayContext } from '../context.ts';
import type { GhlFunnel, GhlFunnelPage, GhlRedirect } from '../ghl/api/funnels.ts';
import { gatewayError } from '../errors.ts';
import { located, locationIdOf } from './ids.ts';
import { nonEmpty } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export type LocatedFunnel = GhlFunnel & { locationId: string };

export async function listFunnels(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null | undefined; type?: string | null | undefined; name?: string | null | undefined },
): Promise<Connection<LocatedFunnel>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listFunnels', {
    location: locationId,
    query: { type: args.type ?? undefined, name: args.name?.trim() || undefined, offset: page.offset, limit: page.size },
  });
  return offsetConnection(located(result.funnels ?? [], locationId), page, result.count);
}

export async function findFunnel(ctx: GatewayContext, locationId: string, id: string): Promise<LocatedFunnel> {
  const funnel = (await ctx.loaders.funnelsOfLocation.load(locationId)).find((candidate) => candidate._id === id);
  if (!funnel) throw gatewayError('NOT_FOUND', `No funnel ${id} in location ${locationId}`);
  return { ...funnel, locationId };
}

/** The page list has no total of its own: the count operation answers it, for the same filter. */
export async function funnelPages(
  ctx: GatewayContext,
  funnel: LocatedFunnel,
  args: ConnectionArgs & { name?: string | null | undefined },
): Promise<Connection<GhlFunnelPage>> {
  const page = offsetPage(args);
  const name = args.name?.trim() || undefined;
  const pages = await ctx.ghl.call('listFunnelPages', {
    location: funnel.locationId,
    query: { funnelId: funnel._id, name, offset: page.offset, limit: page.size },
  });
  return offsetConnection(Array.isArray(pages) ? pages : [], page, undefined);
}

export const redirectActions = { FUNNEL: 'funnel', WEBSITE: 'website', URL: 'url', ALL: 'all' } as const;

export interface RedirectInput {
  locationId?: string | null | undefined;
  domain: string;
  path: string;
  target: URL;
  action: (typeof redirectActions)[keyof typeof redirectActions];
}

export async function createRedirect(ctx: GatewayContext, input: RedirectInput): Promise<GhlRedirect> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const domain = nonEmpty(input.domain, 'domain').toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) throw gatewayError('BAD_USER_INPUT', 'domain must be a host name such as example.com');
  const path = nonEmpty(input.path, 'path');
  if (!path.startsWith('/')) throw gatewayError('BAD_USER_INPUT', 'path must start with /');
  if (input.target.protocol !== 'https:' && input.target.protocol !== 'http:') {
    throw gatewayError('BAD_USER_INPUT', 'target must be an http(s) URL');
  }
  const result = await ctx.ghl.call('createFunnelRedirect', {
    location: locationId,
    body: { domain, path, target: input.target.toString(), action: input.action },
  });
  return result.data;
}
