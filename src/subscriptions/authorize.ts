/**
 * Isolation: a subscriber gets the events of a location only once GHL itself, asked with the
 * subscriber's own credentials, has served that location (a token's claims are never trusted).
 * The answer is kept for the connection, so a WebSocket that subscribes again asks GHL once.
 */
import type { GatewayContext } from '../context.ts';

export async function assertReadable(ctx: GatewayContext, locationId: string): Promise<void> {
  let check = ctx.readableLocations.get(locationId);
  if (!check) {
    // FORBIDDEN, UNAUTHENTICATED or NOT_FOUND from GHL reach the subscriber as they are.
    check = ctx.loaders.location.load(locationId).then(() => undefined);
    ctx.readableLocations.set(locationId, check);
    // Only a yes is kept: a refusal or an outage is asked again next time.
    check.catch(() => ctx.readableLocations.delete(locationId));
  }
  await check;
}
