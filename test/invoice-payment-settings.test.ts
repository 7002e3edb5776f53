/**
 * How invoices get paid and scheduled, end to end: an invoice template's payment methods, an
 * invoice schedule's auto-payment, and rescheduling an edited schedule. The gateway over loopback
 * HTTP to the sandbox, answers checked against the sandbox's store, every REST call against GHL's file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
const sent = new Set<SpecOperationName>();
beforeEach(() => stack.sandbox.requests.clear());
afterEach(() => {
  const { problems, seen } = checkCalls(stack.sandbox.requests.entries);
  for (const name of seen) sent.add(name);
  expect(problems).toEqual([]);
});

const store = () => stack.sandbox.store;
const draftSchedule = () =>
  store().invoiceSchedulesOfLocation(stack.locationId).find((schedule) => schedule.status === 'draft' && (schedule.schedule.rrule || schedule.schedule.executeAt))!;
const AUTO_PAYMENT = graphql(`
  mutation InvoiceScheduleAutoPayment($id: ID!, $input: InvoiceAutoPaymentInput!) {
    setInvoiceScheduleAutoPayment(id: $id, input: $input) { invoiceSchedule { ghlId autoPayment { enabled paymentMethodId customerId type } } }
  }
`);

describe('invoice template payment methods', () => {
  it('sets how a template’s invoices may be paid, as the sandbox stores it and a later read shows', async () => {
    const template = store().invoiceTemplatesOfLocation(stack.locationId)[0]!;
    for (const stripeBankDebitOnly of [true, false]) {
      const { data, errors } = await stack.gql(
        graphql(`
          mutation InvoiceTemplatePaymentMethods($id: ID!, $input: InvoicePaymentMethodsInput!) {
            updateInvoiceTemplatePaymentMethods(id: $id, input: $input) { invoiceTemplate { ghlId paymentMethods { stripeBankDebitOnly } } }
          }
        `),
        { id: template.id, input: { stripeBankDebitOnly } },
      );
      expect(errors).toBeUndefined();
      expect(data.updateInvoiceTemplatePaymentMethods.invoiceTemplate).toEqual({ ghlId: template.id, paymentMethods: { stripeBankDebitOnly } });
      expect(store().invoiceTemplates.get(template.id)!.paymentMethods).toEqual({ stripe: { enableBankDebitOnly: stripeBankDebitOnly } });
    }
    const read = await stack.gql(
      graphql(`query InvoiceTemplatePaymentMethodsRead($id: ID!) { invoiceTemplate(id: $id) { paymentMethods { stripeBankDebitOnly } } }`),
      { id: template.id },
    );
    expect(read.data.invoiceTemplate).toEqual({ paymentMethods: { stripeBankDebitOnly: false } });
  });
});

describe('invoice schedules', () => {
  it('turns a schedule’s auto-payment on with a saved payment method, and off again', async () => {
    const schedule = draftSchedule();
    const on = await stack.gql(AUTO_PAYMENT, { id: schedule.id, input: { enabled: true, paymentMethodId: 'pm_card_visa', customerId: 'cus_123', type: 'card' } });
    expect(on.errors).toBeUndefined();
    expect(on.data.setInvoiceScheduleAutoPayment.invoiceSchedule).toEqual({
      ghlId: schedule.id,
      autoPayment: { enabled: true, paymentMethodId: 'pm_card_visa', customerId: 'cus_123', type: 'card' },
    });
    expect(store().invoiceSchedules.get(schedule.id)!.autoPayment).toEqual({ enable: true, paymentMethodId: 'pm_card_visa', customerId: 'cus_123', type: 'card' });

    const off = await stack.gql(AUTO_PAYMENT, { id: schedule.id, input: { enabled: false } });
    expect(off.data.setInvoiceScheduleAutoPayment.invoiceSchedule.autoPayment).toEqual({ enabled: false, paymentMethodId: null, customerId: null, type: null });
    const read = await stack.gql(graphql(`query InvoiceScheduleAutoPaymentRead($id: ID!) { invoiceSchedule(id: $id) { autoPayment { enabled } } }`), { id: schedule.id });
    expect(read.data.invoiceSchedule).toEqual({ autoPayment: { enabled: false } });
  });

  it('reschedules a schedule: it becomes active, and answers with its contact in one more call', async () => {
    const schedule = draftSchedule();
    const { data, errors } = await stack.gql(
      graphql(`mutation InvoiceScheduleReschedule($id: ID!) { rescheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status contact { ghlId } } } }`),
      { id: schedule.id },
    );
    expect(errors).toBeUndefined();
    expect(data.rescheduleInvoiceSchedule.invoiceSchedule).toEqual({ ghlId: schedule.id, status: 'ACTIVE', contact: { ghlId: schedule.contactDetails.id } });
    expect(store().invoiceSchedules.get(schedule.id)!.status).toBe('active');
    expect(stack.sandbox.requests.entries.map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST /invoices/schedule/${schedule.id}/updateAndSchedule`,
      `GET /contacts/${schedule.contactDetails.id}`,
    ]);
  });

  it('refuses bad input before any call', async () => {
    const schedule = store().invoiceSchedulesOfLocation(stack.locationId)[0]!;
    expectError(await stack.gql(AUTO_PAYMENT, { id: schedule.id, input: { enabled: true } }), 'BAD_USER_INPUT', ['setInvoiceScheduleAutoPayment']);
    expectError(await stack.gql(AUTO_PAYMENT, { id: schedule.id, input: { enabled: true, paymentMethodId: ' ' } }), 'BAD_USER_INPUT', ['setInvoiceScheduleAutoPayment']);
    expectError(await stack.gql(AUTO_PAYMENT, { id: ' ', input: { enabled: false } }), 'BAD_USER_INPUT', ['setInvoiceScheduleAutoPayment']);
    expectError(
      await stack.gql(graphql(`mutation InvoiceScheduleRescheduleBlank { rescheduleInvoiceSchedule(id: " ") { invoiceSchedule { id } } }`)),
      'BAD_USER_INPUT',
    );
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expect([...sent]).toEqual(
    expect.arrayContaining([
      'invoicesUpdateInvoicePaymentMethodsConfiguration',
      'invoicesAutoPaymentInvoiceSchedule',
      'invoicesUpdateAndScheduleInvoiceSchedule',
    ]),
  );
});
