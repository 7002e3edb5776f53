/**
 * The seed's clock, shared by every seeder. Dates are spread before a fixed epoch rather than
 * before today, so a seed gives the same store on any machine on any day.
 */
import type { Random } from '../random.ts';

/** The seed's "now": seeded dates fall in the two years before it, task due dates around it. */
export const SEED_EPOCH = Date.UTC(2025, 10, 1);

export const DAY_MS = 86_400_000;

/** An ISO timestamp in [from, to). */
export function randomDate(random: Random, from: number, to: number): string {
  return new Date(from + Math.floor(random.next() * (to - from))).toISOString();
}
