/** The brief's Invoices examples. */
import { graphql } from '../generated/gql.ts';
import { activeCalendar, newContact } from './fixtures.ts';
import type { BriefContext, BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /invoices/',
    operation: 'listInvoices',
    run: (b) => b.gql(graphql(`query BriefInvoicesList { invoices(first: 20) { totalCount edges { node { name total } } } }`)),
  },
  {
    brief: 'POST /invoices/',
    operation: 'createInvoice',
    run: (b) => newInvoice(b),
  },
  {
    brief: 'GET /invoices/inv123',
    operation: 'getInvoice',
    run: async (b) => b.gql(graphql(`query BriefInvoicesGet($id: ID!) { invoice(id: $id) { name amountDue } }`), { id: await newInvoice(b) }),
  },
  {
    brief: 'POST /invoices/inv123/send',
    operation: 'sendInvoice',
    run: async (b) => {
      const calendar = await activeCalendar(b);
      return b.gql(graphql(`mutation BriefInvoicesSend($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { status } } }`), {
        id: await newInvoice(b),
        u: calendar.teamMembers[0]!.ghlId,
      });
    },
  },
  {
    brief: 'POST /invoices/inv123/record-payment',
    operation: 'recordInvoicePayment',
    run: async (b) =>
      b.gql(graphql(`mutation BriefInvoicesRecordPayment($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, amount: 100, notes: "Payment received" }) { success } }`), {
        id: await newInvoice(b),
      }),
  },
  {
    brief: 'POST /invoices/inv123/void',
    operation: 'voidInvoice',
    run: async (b) => b.gql(graphql(`mutation BriefInvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { status } } }`), { id: await newInvoice(b) }),
  },
];

async function newInvoice(b: BriefContext): Promise<string> {
  const data = await b.gql(graphql(`mutation BriefInvoicesNew($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }`), {
    input: {
      contactId: (await newContact(b)).id,
      name: 'Monthly Services',
      currency: 'USD',
      issueDate: '2030-01-15',
      dueDate: '2030-02-15',
      items: [{ name: 'Marketing Services', description: 'January', qty: 1, amount: 1500 }],
      discount: { type: 'PERCENTAGE', value: 10 },
    },
  });
  return data.createInvoice.invoice.id;
}
