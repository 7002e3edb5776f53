/** Subscriptions (payments.json): the list, for location tokens. `entityId` names the order that started one. */
import { subscriptionListItem } from '../model/payments.ts';
import { route, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { ok, V2021_07_28 } from './common.ts';
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
];
