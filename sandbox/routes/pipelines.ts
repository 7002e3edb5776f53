/** A location's pipelines with their stages (opportunities.json, get-pipelines), in board order. */
import { route, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';

export const pipelineRoutes: Route[] = [
  route('GET', '/opportunities/pipelines', { versions: V2021_07_28, tokens: 'location' }, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ pipelines: store.pipelinesOfLocation(locationId) });
  }),
];
