/**
 * Where GoHighLevel's rate limits stand for a location, as the gateway's governor sees them
 * (src/ghl/limiter.ts): the burst window it keeps, and the daily budget GHL reports in its headers.
 * Read from memory: asking costs no call to GHL.
 */
import type { RateLimitBudget } from '../ghl/limiter.ts';
import { locationIdOf } from '../resolvers/ids.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';

const RateLimitRef = builder.objectRef<RateLimitBudget & { locationId: string }>('RateLimit').implement({
  description:
    "GoHighLevel's limits for one location as the gateway tracks them: a burst window (100 requests per 10 s) and a daily budget. Calls past the window wait in a bounded queue; calls past the daily budget are refused with RATE_LIMITED.",
  fields: (t) => ({
    location: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
    max: t.exposeInt('max', { nullable: false, description: 'Requests allowed per window.' }),
    remaining: t.exposeInt('remaining', { nullable: false, description: 'Requests that could be sent now without waiting.' }),
    queued: t.exposeInt('queued', { nullable: false, description: 'Requests waiting for a slot in the window.' }),
    dailyLimit: t.exposeInt('dailyLimit', {
      nullable: true,
      description: "Requests GHL allows per day (its X-RateLimit-Limit-Daily); null until a response of today said.",
    }),
    dailyRemaining: t.exposeInt('dailyRemaining', {
      nullable: true,
      description: "Requests left today (GHL's X-RateLimit-Daily-Remaining, less the calls sent since); null until a response of today said.",
    }),
  }),
});

builder.queryFields((t) => ({
  rateLimit: t.field({
    type: RateLimitRef,
    nullable: false,
    description: "Where GoHighLevel's rate limits stand for a location, for the credentials of this request. Costs no call to GHL.",
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; default: the default location.' }) },
    extensions: { cost: cost.free() },
    resolve: async (_, args, ctx) => {
      const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
      return { locationId, ...(await ctx.ghl.rateLimit(locationId)) };
    },
  }),
}));
