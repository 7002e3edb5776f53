/**
 * Transactions (payments.json): list and get, for location tokens. Each is a charge (or its
 * refund) against an order; `entityId` names the order, and `invoiceId` the invoice it settled.
 */
import { GhlError } from '../http/errors.ts';
import { transactionBody, transactionListItem } from '../model/payments.ts';
import { route, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { filterPaymentRecords, pageOf, readPaymentListQuery } from './payment-queries.ts';

const TRANSACTIONS = { versions: V2021_07_28, tokens: 'location' } as const;

export const transactionRoutes: Route[] = [
  route('GET', '/payments/transactions', TRANSACTIONS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const list = readPaymentListQuery(v);
    v.string('altType', { required: true });
    const entitySourceType = v.string('entitySourceType');
    const entitySourceSubType = v.string('entitySourceSubType');
    const subscriptionId = v.string('subscriptionId');
    const entityId = v.string('entityId');
    v.check();
    const matching = filterPaymentRecords(store, principal, list, store.transactionsOfLocation)
      .filter((txn) => entitySourceType === undefined || txn.entitySource.type === entitySourceType)
      .filter((txn) => entitySourceSubType === undefined || txn.entitySource.subType === entitySourceSubType)
      .filter((txn) => subscriptionId === undefined || txn.subscriptionId === subscriptionId)
      .filter((txn) => entityId === undefined || txn.entityId === entityId);
    return ok({ data: pageOf(matching, list).map(transactionListItem), totalCount: matching.length });
  }),
  route('GET', '/payments/transactions/{transactionId}', TRANSACTIONS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.string('altType', { required: true });
    v.check();
    requireLocation(store, principal, altId);
    const transaction = store.transactions.get(params.transactionId);
    if (transaction?.altId !== altId) throw new GhlError(404, 'Transaction not found');
    return ok(transactionBody(transaction));
  }),
];
