/**
 * GHL's list pages: how many items one may hold, and reading every page of a `skip`/`limit`
 * (or `offset`/`limit`) list for the by-parent loaders that find one record in its location's
 * whole list (forms, surveys, funnels).
 */

/** GHL's list endpoints cap a page at 100 items. */
export const MAX_PAGE_SIZE = 100;

/** Every page, `MAX_PAGE_SIZE` at a time, until its total (or a short page) says there are no more. */
export async function readAll<T>(fetch: (skip: number) => Promise<{ items: T[]; total?: number | undefined }>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await fetch(items.length);
    items.push(...page.items);
    if (page.items.length < MAX_PAGE_SIZE || (page.total !== undefined && items.length >= page.total)) return items;
  }
}
