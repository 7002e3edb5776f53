/** Subscriptions (payments.json): the list and one by id, for location tokens. `entityId` names the order that started one. */
import { GhlError } from '../http/errors.ts';
import { subscriptionBody, subscriptionListItem } from '../model/payments.ts';
import { route, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { filterPaymentRecords, pageOf, readPaymentListQuery } from './payment-queries.ts';

const SUBSCRIPTIONS = { versions: V2021_07_28, tokens: 'location' } as const;

export const subscriptionRoutes: Route[] = [
  route('GET', '/payments/subscriptions', SUBSCRIPTIONS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const list = readPaymentListQuery(v);
    v.oneOf('altType', ['location'], { required: true });
    const entityId = v.string('entityId');
    const entitySourceType = v.string('entitySourceType');
    const id = v.string('id');
    v.check();
    const matching = filterPaymentRecords(store, principal, list, store.subscriptionsOfLocation)
      .filter((subscription) => entityId === undefined || subscription.entityId === entityId)
      .filter((subscription) => entitySourceType === undefined || subscription.entitySource.type === entitySourceType)
      .filter((subscription) => id === undefined || subscription.id === id);
    return ok({ data: pageOf(matching, list).map(subscriptionListItem), totalCount: matching.length });
  }),
  route('GET', '/payments/subscriptions/{subscriptionId}', SUBSCRIPTIONS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    v.check();
    requireLocation(store, principal, altId);
    const subscription = store.subscriptions.get(params.subscriptionId);
    if (subscription?.altId !== altId) throw new GhlError(404, 'Subscription not found');
    return ok(subscriptionBody(subscription));
  }),
];
