/** Surveys (surveys.json, Version 2021-07-28): a location's surveys and their submissions. Location tokens only. */
import { route, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { listSubmissions, skipLimit } from './submissions.ts';

const SURVEYS = { versions: V2021_07_28, tokens: 'location' } as const;

export const surveyRoutes: Route[] = [
  route('GET', '/surveys/', SURVEYS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.string('type');
    const { skip, limit } = skipLimit(v);
    v.check();
    requireLocation(store, principal, locationId);
    const surveys = store.surveys.where((survey) => survey.locationId === locationId);
    return ok({ surveys: surveys.slice(skip, skip + limit), total: surveys.length });
  }),
  route('GET', '/surveys/submissions', SURVEYS, ({ store, principal, query }) =>
    listSubmissions(store, principal, query, 'surveyId', (locationId) =>
      store.surveySubmissions.where((submission) => submission.locationId === locationId),
    ),
  ),
];
