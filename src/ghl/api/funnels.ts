/**
 * The funnels API (funnels.json): a location's funnels and websites, their pages, and domain
 * redirects. The spec declares no Version header for the funnel and page lists; GHL takes the
 * one the rest of the API uses, as the brief sends it.
 */
import { define, fromSpec } from '../operation.ts';

export interface GhlFunnelStep {
  id: string;
  name?: string | null;
  pages?: string[];
  sequence?: number | null;
  type?: string | null;
  url?: string | null;
}

/** One of FunnelListResponseDTO's `funnels` (the schema calls the list an object, with one as example). */
export interface GhlFunnel {
  _id: string;
  locationId?: string | null;
  name?: string | null;
  type?: string | null;
  url?: string | null;
  deleted?: boolean | null;
  steps?: GhlFunnelStep[];
  dateAdded?: string | null;
  dateUpdated?: string | null;
  updatedAt?: string | null;
}

/** FunnelPageResponseDTO: it describes one page; GHL answers a list of them. */
export interface GhlFunnelPage {
  _id: string;
  locationId?: string | null;
  funnelId?: string | null;
  name?: string | null;
  stepId?: string | null;
  deleted?: boolean | string | null;
  updatedAt?: string | null;
}

/** RedirectResponseDTO. */
export interface GhlRedirect {
  id: string;
  locationId?: string | null;
  domain?: string | null;
  path?: string | null;
  pathLowercase?: string | null;
  type?: string | null;
  target?: string | null;
  action?: string | null;
}

export const funnelOperations = {
  listFunnels: define<{ funnels: GhlFunnel[]; count?: number; traceId?: string }>()({
    lists: { funnels: 'records', 'funnels[].steps': 'records', 'funnels[].steps[].pages': 'strings' },
    ...fromSpec('funnelsGetFunnels'),
    location: { in: 'query', name: 'locationId' },
  }),
  listFunnelPages: define<GhlFunnelPage[]>()({
    lists: { '': 'records' },
    ...fromSpec('funnelsGetPagesByFunnelId'),
    location: { in: 'query', name: 'locationId' },
  }),
  countFunnelPages: define<{ count: number }>()({
    ...fromSpec('funnelsGetPagesCountByFunnelId'),
    location: { in: 'query', name: 'locationId' },
  }),
  createFunnelRedirect: define<{ data: GhlRedirect }>()({
    ...fromSpec('funnelsCreateRedirect'),
    location: { in: 'body', name: 'locationId' },
  }),
};
