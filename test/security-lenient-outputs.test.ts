/**
 * Real GHL data that drifts from the spec, served by the sandbox's replaceBody knob: an odd record
 * is filled in from what the request knows, and a shape the gateway does not know is
 * UPSTREAM_ERROR naming the operation, never INTERNAL_SERVER_ERROR, never a stack trace.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ghlRest } from './support/ghl-rest.ts';
import { graphql } from './generated/gql.ts';
import { type GqlResponse, useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.faults.clear());

/** The sandbox's own answer to a GET, for a test to bend before serving it again. */
const served = async <T>(path: string) => (await ghlRest<T>(stack.sandbox, stack.token, 'GET', path)).body;
/** The parts of GHL's answers these tests bend; a bent field may hold anything. */
type Conversations = { conversations: { id: string; locationId?: string }[] };
type Contacts = { contacts: { id: string }[] };
/** The next request matching `path` is answered 200 with `body` (an object as JSON, a string as it is). */
const serveNext = (path: string, body: unknown, method: 'GET' | 'POST' = 'GET') =>
  stack.sandbox.faults.set({
    replaceBody: 1,
    replacementBody: typeof body === 'string' ? body : JSON.stringify(body),
    match: { method, path },
  });

describe('odd records are filled in from the request', () => {
  it('a conversation without locationId takes the location searched, and the list stands', async () => {
    const real = await served<Conversations>(`/conversations/search?locationId=${stack.locationId}&limit=3`);
    expect(real.conversations.length).toBeGreaterThan(1);
    delete real.conversations[0]!.locationId;
    serveNext('^/conversations/search', real);
    const { data, errors } = await stack.gql(graphql(`query LenientConversations { conversations(first: 3) { edges { node { ghlId locationId } } } }`));
    expect(errors).toBeUndefined();
    expect(data.conversations?.edges.map((edge) => edge.node)).toEqual(
      real.conversations.map((conversation) => ({ ghlId: conversation.id, locationId: stack.locationId })),
    );
  });

  it('a message without conversationId takes the conversation listed, and the page stands', async () => {
    const conversation = (await served<Conversations>(`/conversations/search?locationId=${stack.locationId}&limit=1`)).conversations[0]!;
    const real = await served<{ messages: { messages: { conversationId?: string }[] } }>(`/conversations/${conversation.id}/messages?limit=3`);
    expect(real.messages.messages.length).toBeGreaterThan(1);
    delete real.messages.messages[1]!.conversationId;
    serveNext(`^/conversations/${conversation.id}/messages`, real);
    const { data, errors } = await stack.gql(
      graphql(`query LenientMessages($id: ID!) { conversation(id: $id) { messages(first: 3) { edges { node { ghlId conversationId conversation { ghlId } } } } } }`),
      { id: conversation.id },
    );
    expect(errors).toBeUndefined();
    const nodes = data.conversation?.messages?.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(real.messages.messages.length);
    expect(nodes.every((node) => node.conversationId === conversation.id && node.conversation?.ghlId === conversation.id)).toBe(true);
  });
});

describe('contact fields real GHL data carries', () => {
  it('attributions are exposed typed (odd items left out), and dndSettings keeps RCS', async () => {
    const listed = (await served<Contacts>(`/contacts/?locationId=${stack.locationId}&limit=1`)).contacts[0]!;
    const real = await served<{ contact: { attributions?: unknown; dndSettings?: unknown } }>(`/contacts/${listed.id}`);
    real.contact.attributions = [
      { url: 'https://example.com/landing', utmSource: 'google', utmMedium: 'cpc', medium: 'form', mediumId: 'form-1', isFirst: true },
      null,
      { utmSource: 'newsletter', referrer: 'https://mail.example.com' },
    ];
    real.contact.dndSettings = { SMS: { status: 'inactive' }, RCS: { status: 'active', message: 'Opted out of RCS', code: '101' } };
    serveNext(`^/contacts/${listed.id}$`, real);
    const { data, errors } = await stack.gql(
      graphql(`query LenientContactFields($id: ID!) { contact(id: $id) {
        attributions { url utmSource utmMedium medium mediumId referrer }
        dndSettings { sms { status } rcs { status message code } }
      } }`),
      { id: listed.id },
    );
    expect(errors).toBeUndefined();
    expect(data.contact?.attributions).toEqual([
      { url: 'https://example.com/landing', utmSource: 'google', utmMedium: 'cpc', medium: 'form', mediumId: 'form-1', referrer: null },
      { url: null, utmSource: 'newsletter', utmMedium: null, medium: null, mediumId: null, referrer: 'https://mail.example.com' },
    ]);
    expect(data.contact?.dndSettings).toEqual({ sms: { status: 'inactive' }, rcs: { status: 'active', message: 'Opted out of RCS', code: '101' } });
  });

  it('a contact without attributions has an empty list', async () => {
    const listed = (await served<Contacts>(`/contacts/?locationId=${stack.locationId}&limit=1`)).contacts[0]!;
    const real = await served<{ contact: { attributions?: unknown } }>(`/contacts/${listed.id}`);
    delete real.contact.attributions;
    serveNext(`^/contacts/${listed.id}$`, real);
    const { data, errors } = await stack.gql(graphql(`query LenientNoAttributions($id: ID!) { contact(id: $id) { attributions { url } } }`), { id: listed.id });
    expect(errors).toBeUndefined();
    expect(data.contact?.attributions).toEqual([]);
  });
});

describe('an unexpected shape is UPSTREAM_ERROR naming the operation', () => {
  const expectUpstreamError = (response: GqlResponse<unknown>, field: string, operation: string, problem: RegExp) => {
    expect(response.status).toBe(200);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error).toMatchObject({ path: [field], extensions: { code: 'UPSTREAM_ERROR', operation, upstreamStatus: 200 } });
    expect(error!.message).toMatch(problem);
    expect(error!.message).not.toMatch(/is not a function|Cannot read|undefined|\n\s+at /);
  };

  it('a funnels list whose records are not a list', async () => {
    serveNext('^/funnels/funnel/list', { funnels: { count: 1 }, count: 1 });
    const response = await stack.gql(graphql(`query LenientFunnelsPage { funnels(first: 5) { totalCount edges { node { name } } } }`));
    expectUpstreamError(response, 'funnels', 'listFunnels', /funnels is not a list/);
    // The location beside it, in another request, is unharmed.
    expect((await stack.gql(graphql(`query LenientFunnelsCount { funnels(first: 5) { totalCount } }`))).errors).toBeUndefined();
  });

  it('a time zones answer that is empty, or without a list of strings', async () => {
    const path = `^/locations/${stack.locationId}/timezones`;
    serveNext(path, '');
    expectUpstreamError(await stack.gql(graphql(`query LenientTimezones { timezones }`)), 'timezones', 'getTimezones', /not a JSON object/);
    serveNext(path, { timeZones: [{ name: 'UTC' }] });
    expectUpstreamError(await stack.gql(graphql(`query LenientTimezones { timezones }`)), 'timezones', 'getTimezones', /timeZones\[0\] is not a string/);
    serveNext(path, { timeZones: 'UTC' });
    expectUpstreamError(await stack.gql(graphql(`query LenientTimezones { timezones }`)), 'timezones', 'getTimezones', /timeZones is not a list/);
  });

  it('a list item that is not a record, and an envelope that is not an object', async () => {
    serveNext('^/contacts/search$', { contacts: [null], total: 1 }, 'POST');
    expectUpstreamError(await stack.gql(graphql(`query LenientContactsCount { contacts(first: 1) { totalCount } }`)), 'contacts', 'searchContacts', /contacts\[0\] is not a record/);
    serveNext('^/conversations/search', { conversations: 'none' });
    expectUpstreamError(
      await stack.gql(graphql(`query LenientConversationsPage { conversations(first: 1) { edges { node { ghlId } } } }`)),
      'conversations',
      'searchConversations',
      /conversations is not a list/,
    );
  });

  it('a list inside a listed record that is not one', async () => {
    const real = await served<{ funnels: { steps: unknown }[] }>(`/funnels/funnel/list?locationId=${stack.locationId}&limit=2`);
    expect(real.funnels.length).toBeGreaterThan(1);
    real.funnels[1]!.steps = { first: 'checkout' };
    serveNext('^/funnels/funnel/list', real);
    expectUpstreamError(await stack.gql(graphql(`query LenientFunnelsTwo { funnels(first: 2) { totalCount } }`)), 'funnels', 'listFunnels', /funnels\[1\]\.steps is not a list/);

    const pipelines = await served<{ pipelines: { stages: unknown }[] }>(`/opportunities/pipelines?locationId=${stack.locationId}`);
    pipelines.pipelines[0]!.stages = 'New, Won';
    serveNext('^/opportunities/pipelines', pipelines);
    expectUpstreamError(await stack.gql(graphql(`query LenientPipelines { pipelines { name } }`)), 'pipelines', 'listPipelines', /pipelines\[0\]\.stages is not a list/);
  });

  it('an absent list reads as empty, as GHL leaves out an empty one', async () => {
    serveNext('^/funnels/funnel/list', { count: 0 });
    const { data, errors } = await stack.gql(graphql(`query LenientFunnelsPage { funnels(first: 5) { totalCount edges { node { name } } } }`));
    expect(errors).toBeUndefined();
    expect(data.funnels).toEqual({ totalCount: 0, edges: [] });
  });

  it('no INTERNAL_SERVER_ERROR on any list operation answered with a list that is not one', async () => {
    const lists = [
      ['POST', '^/contacts/search$', graphql(`query LenientBadContacts { contacts(first: 1) { totalCount } }`), { contacts: 7 }],
      ['GET', '^/opportunities/search', graphql(`query LenientBadOpportunities { opportunities(first: 1) { totalCount } }`), { opportunities: {} }],
      ['GET', '^/invoices/?$', graphql(`query LenientBadInvoices { invoices(first: 1) { totalCount } }`), { invoices: 'x' }],
      ['GET', '^/products/?$', graphql(`query LenientBadProducts { products(first: 1) { totalCount } }`), { products: true }],
    ] as const;
    for (const [method, path, document, body] of lists) {
      serveNext(path, body, method);
      const { errors } = await stack.gql<unknown, Record<string, never>>(document);
      expect(errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_ERROR']);
    }
  });
});
