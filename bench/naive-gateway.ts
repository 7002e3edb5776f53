/**
 * The naive peer of bench/peers.ts: the gateway a team writes in an afternoon. graphql-yoga with a
 * small SDL covering the three screens (examples/*.graphql run unchanged), and resolvers that each
 * fetch what they need with the global fetch: no DataLoader, no batching, no cost estimate, no
 * limits, no metrics, no logging. Runs in a process of its own so its CPU can be read from /proc.
 *
 *   SANDBOX_URL=… SANDBOX_TOKEN=… node --import tsx bench/naive-gateway.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

const base = process.env['SANDBOX_URL']!;
const token = process.env['SANDBOX_TOKEN']!;
const locationId = process.env['SANDBOX_LOCATION']!;

async function get(path: string): Promise<any> {
  const version = /^\/(conversations|calendars)\b/.test(path) ? '2021-04-15' : '2021-07-28';
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}`, version } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return response.json();
}

const typeDefs = /* GraphQL */ `
  type Query {
    opportunities(pipelineId: ID!, first: Int = 20): OpportunityConnection!
    conversations(first: Int = 20): ConversationConnection!
    contact(id: ID!): Contact
  }
  type OpportunityConnection { totalCount: Int! edges: [OpportunityEdge!]! }
  type OpportunityEdge { node: Opportunity! }
  type Opportunity { id: ID! name: String monetaryValue: Float status: String contact: Contact stage: Stage assignedUser: User }
  type Stage { id: ID! name: String }
  type User { id: ID! name: String }
  type Contact {
    id: ID! name: String email: String phone: String tags: [String!]!
    opportunities(first: Int = 20): OpportunityConnection!
    conversations(first: Int = 20): ConversationConnection!
    invoices(first: Int = 20): InvoiceConnection!
    appointments: [Appointment!]!
    tasks: [Task!]!
    notes: [Note!]!
  }
  type ConversationConnection { edges: [ConversationEdge!]! }
  type ConversationEdge { node: Conversation! }
  type Conversation { id: ID! unreadCount: Int lastMessageDate: String lastMessageBody: String contact: Contact messages(first: Int = 10): MessageConnection! }
  type MessageConnection { edges: [MessageEdge!]! }
  type MessageEdge { node: Message! }
  type Message { id: ID! body: String type: String direction: String createdAt: String }
  type InvoiceConnection { totalCount: Int! edges: [InvoiceEdge!]! }
  type InvoiceEdge { node: Invoice! }
  type Invoice { name: String status: String total: Float }
  type Appointment { title: String startAt: String status: String }
  type Task { title: String completed: Boolean dueDate: String }
  type Note { body: String createdAt: String }
`;

const edges = <T>(items: T[]) => items.map((node) => ({ node }));
const contactById = async (id: string) => (await get(`/contacts/${id}`)).contact;

const resolvers = {
  Query: {
    async opportunities(_: unknown, { pipelineId, first }: { pipelineId: string; first: number }) {
      const { opportunities, meta } = await get(`/opportunities/search?location_id=${locationId}&pipeline_id=${pipelineId}&limit=${first}`);
      return { totalCount: meta.total, edges: edges(opportunities) };
    },
    async conversations(_: unknown, { first }: { first: number }) {
      return { edges: edges((await get(`/conversations/search?locationId=${locationId}&limit=${first}`)).conversations) };
    },
    contact: (_: unknown, { id }: { id: string }) => contactById(id),
  },
  Opportunity: {
    contact: (opportunity: any) => contactById(opportunity.contactId),
    async stage(opportunity: any) {
      const { pipelines } = await get(`/opportunities/pipelines?locationId=${locationId}`);
      const pipeline = pipelines.find((p: any) => p.id === opportunity.pipelineId);
      return pipeline?.stages.find((s: any) => s.id === opportunity.pipelineStageId) ?? null;
    },
    assignedUser: (opportunity: any) => (opportunity.assignedTo ? get(`/users/${opportunity.assignedTo}`) : null),
  },
  Contact: {
    name: (contact: any) => [contact.firstName, contact.lastName].filter(Boolean).join(' ') || null,
    tags: (contact: any) => contact.tags ?? [],
    async opportunities(contact: any, { first }: { first: number }) {
      const { opportunities, meta } = await get(`/opportunities/search?location_id=${contact.locationId}&contact_id=${contact.id}&limit=${first}`);
      return { totalCount: meta.total, edges: edges(opportunities) };
    },
    async conversations(contact: any, { first }: { first: number }) {
      return { edges: edges((await get(`/conversations/search?locationId=${contact.locationId}&contactId=${contact.id}&limit=${first}`)).conversations) };
    },
    async invoices(contact: any, { first }: { first: number }) {
      const { invoices, total } = await get(`/invoices/?altId=${contact.locationId}&altType=location&contactId=${contact.id}&limit=${first}&offset=0`);
      return { totalCount: total, edges: edges(invoices) };
    },
    appointments: async (contact: any) => (await get(`/contacts/${contact.id}/appointments`)).events,
    tasks: async (contact: any) => (await get(`/contacts/${contact.id}/tasks`)).tasks,
    notes: async (contact: any) => (await get(`/contacts/${contact.id}/notes`)).notes,
  },
  Conversation: {
    lastMessageDate: (conversation: any) => (conversation.lastMessageDate ? new Date(conversation.lastMessageDate).toISOString() : null),
    contact: (conversation: any) => contactById(conversation.contactId),
    async messages(conversation: any, { first }: { first: number }) {
      return { edges: edges((await get(`/conversations/${conversation.id}/messages?limit=${first}`)).messages.messages) };
    },
  },
  Message: {
    type: (message: any) => message.messageType,
    createdAt: (message: any) => message.dateAdded,
  },
  Appointment: {
    startAt: (appointment: any) => appointment.startTime,
    status: (appointment: any) => appointment.appointmentStatus,
  },
  Invoice: { status: (invoice: any) => invoice.status, total: (invoice: any) => invoice.total },
  Note: { createdAt: (note: any) => note.dateAdded },
};

const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers }), logging: false, landingPage: false, graphiql: false });
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  console.log(`naive gateway listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
// Exits, rather than dies, on SIGTERM: --cpu-prof writes its profile at exit.
process.once('SIGTERM', () => process.exit(0));
