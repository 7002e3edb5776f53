import type { LimitFunction } from 'p-limit';
import type { GhlForm } from '../ghl/api/forms.ts';
import type { GhlSurvey } from '../ghl/api/surveys.ts';
import type { GhlSession } from '../ghl/client.ts';
import { MAX_PAGE_SIZE } from '../resolvers/pagination.ts';
import { perKey } from './per-key.ts';

/**
 * GHL lists forms and surveys per location only, `skip`/`limit` at a time: one is found in its
 * location's whole list, read once per request (a location has tens, not thousands).
 */
export function formLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    formsOfLocation: perKey<string, GhlForm[]>(limit, (locationId) =>
      readAll(async (skip) => {
        const page = await ghl.call('listForms', { query: { locationId, skip, limit: MAX_PAGE_SIZE } });
        return { items: page.forms ?? [], total: page.total };
      }),
    ),
    surveysOfLocation: perKey<string, GhlSurvey[]>(limit, (locationId) =>
      readAll(async (skip) => {
        const page = await ghl.call('listSurveys', { query: { locationId, skip, limit: MAX_PAGE_SIZE } });
        return { items: page.surveys ?? [], total: page.total };
      }),
    ),
  };
}

/** Every page of a `skip`/`limit` list, until its total (or a short page) says there are no more. */
export async function readAll<T>(fetch: (skip: number) => Promise<{ items: T[]; total?: number | undefined }>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await fetch(items.length);
    items.push(...page.items);
    if (page.items.length < MAX_PAGE_SIZE || (page.total !== undefined && items.length >= page.total)) return items;
  }
}
