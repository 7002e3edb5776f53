/**
 * A location's inventory: the prices whose stock is tracked. GHL answers a stock change with
 * `status` alone, so the items changed are read back from the inventory.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlInventoryItem, GhlProduct } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly } from './input.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export type LocatedInventoryItem = GhlInventoryItem & { locationId: string };

export interface InventoryChange {
  priceId: string;
  availableQuantity?: number | null;
  allowOutOfStockPurchases?: boolean | null;
}

export async function listInventory(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; query?: string | null },
): Promise<Connection<LocatedInventoryItem>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const { inventory = [], total } = await ctx.ghl.call('listInventory', {
    location: locationId,
    query: { limit: page.size, offset: page.offset, search: args.query?.trim() || undefined },
  });
  return offsetConnection(
    inventory.map((item) => ({ ...item, locationId })),
    page,
    typeof total === 'number' ? total : total?.total,
  );
}

/** A product's tracked prices, from its location's inventory (one call per location and request). */
export async function inventoryOfProduct(ctx: GatewayContext, product: GhlProduct): Promise<LocatedInventoryItem[]> {
  const items = await ctx.loaders.inventoryOfLocation.load(product.locationId);
  return items.filter((item) => item.product === product._id).map((item) => ({ ...item, locationId: product.locationId }));
}

export async function updateInventory(ctx: GatewayContext, locationArg: string | null | undefined, changes: InventoryChange[]): Promise<LocatedInventoryItem[]> {
  const locationId = locationIdOf(locationArg, ctx.defaultLocationId);
  if (changes.length === 0) throw gatewayError('BAD_USER_INPUT', 'items must name at least one price');
  const items = changes.map((change, index) => {
    if (change.availableQuantity != null && (!Number.isInteger(change.availableQuantity) || change.availableQuantity < 0)) {
      throw gatewayError('BAD_USER_INPUT', `items[${index}].availableQuantity must be a whole number, not negative`);
    }
    if (change.availableQuantity == null && change.allowOutOfStockPurchases == null) {
      throw gatewayError('BAD_USER_INPUT', `items[${index}] must change availableQuantity or allowOutOfStockPurchases`);
    }
    return definedOnly({
      priceId: ghlIdOf(change.priceId, 'Price', `items[${index}].priceId`),
      availableQuantity: change.availableQuantity ?? undefined,
      allowOutOfStockPurchases: change.allowOutOfStockPurchases ?? undefined,
    });
  });
  if (new Set(items.map((item) => item.priceId)).size !== items.length) throw gatewayError('BAD_USER_INPUT', 'items must not name a price twice');
  await ctx.ghl.call('updateInventory', { location: locationId, body: { items } });
  ctx.loaders.inventoryOfLocation.clear(locationId);
  ctx.loaders.price.clearAll();
  ctx.loaders.pricesOfProduct.clearAll();
  const changed = new Set(items.map((item) => item.priceId));
  return (await ctx.loaders.inventoryOfLocation.load(locationId)).filter((item) => changed.has(item._id)).map((item) => ({ ...item, locationId }));
}
