/**
 * What forms and surveys share: `skip`/`limit` lists, and submissions listed newest first by page
 * number, filtered by form or survey, by a search of name and email (`q`), and by a date range
 * (`startAt`/`endAt`, days taken whole).
 */
import type { Principal } from '../auth/tokens.ts';
import type { Submission } from '../model/index.ts';
import { ok, requireLocation } from './common.ts';
import type { ApiResult } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';

const DAY_MS = 86_400_000;

export function skipLimit(v: Validator): { skip: number; limit: number } {
  return { skip: Math.floor(v.number('skip', { min: 0 }) ?? 0), limit: Math.floor(v.number('limit', { min: 1, max: 100 }) ?? 10) };
}

export function listSubmissions<S extends Submission>(
  store: SandboxStore,
  principal: Principal,
  query: Record<string, string>,
  parentKey: 'formId' | 'surveyId',
  ofLocation: (locationId: string) => S[],
): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const parentId = v.string(parentKey);
  const search = v.string('q')?.toLowerCase();
  const startAt = v.isoDate('startAt');
  const endAt = v.isoDate('endAt');
  const page = Math.floor(v.number('page', { min: 1 }) ?? 1);
  const limit = Math.floor(v.number('limit', { min: 1, max: 100 }) ?? 20);
  v.check();
  requireLocation(store, principal, locationId);

  const from = startAt === undefined ? -Infinity : Date.parse(startAt);
  // A bare day as the end takes in all of that day.
  const to = endAt === undefined ? Infinity : Date.parse(endAt) + (/^\d{4}-\d{2}-\d{2}$/.test(query['endAt'] ?? '') ? DAY_MS : 1);
  const matching = ofLocation(locationId)
    .filter((submission) => {
      const at = Date.parse(submission.createdAt);
      return (
        (parentId === undefined || (submission as Submission & Record<string, unknown>)[parentKey] === parentId) &&
        at >= from &&
        at < to &&
        (search === undefined || `${submission.name}\n${submission.email}`.toLowerCase().includes(search))
      );
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  const start = (page - 1) * limit;
  const hasNext = start + limit < matching.length;
  return ok({
    submissions: matching.slice(start, start + limit).map(({ locationId: _, ...submission }) => submission),
    meta: { total: matching.length, currentPage: page, nextPage: hasNext ? page + 1 : null, prevPage: page > 1 ? page - 1 : null },
  });
}
