import type { LimitFunction } from 'p-limit';
import type { GhlForm } from '../ghl/api/forms.ts';
import type { GhlSurvey } from '../ghl/api/surveys.ts';
import type { GhlSession } from '../ghl/client.ts';
import { MAX_PAGE_SIZE, readAll } from '../ghl/pages.ts';
import { perKey } from './per-key.ts';

/**
 * GHL lists forms and surveys per location only, `skip`/`limit` at a time: one is found in its
 * location's whole list, read once per request (a location has tens, not thousands).
 */
export function formLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    formsOfLocation: perKey<string, GhlForm[]>(limit, (locationId) =>
      readAll(async (skip) => {
        const page = await ghl.call('listForms', { location: locationId, query: { skip, limit: MAX_PAGE_SIZE } });
        return { items: page.forms ?? [], total: page.total };
      }),
    ),
    surveysOfLocation: perKey<string, GhlSurvey[]>(limit, (locationId) =>
      readAll(async (skip) => {
        const page = await ghl.call('listSurveys', { location: locationId, query: { skip, limit: MAX_PAGE_SIZE } });
        return { items: page.surveys ?? [], total: page.total };
      }),
    ),
  };
}
