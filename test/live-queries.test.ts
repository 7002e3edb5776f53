/**
 * `@live` queries over graphql-ws and SSE: answered, then answered again when a verified webhook
 * (here sent by the sandbox after a mutation through the gateway) touches a record the query read.
 * The re-run reads upstream only what changed; the rest is served by the read cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigning, publicKeyOf, type Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';
import { subscribeSse, subscribeWs, type Subscriber } from './support/subscriber.ts';

const signing = generateSigning();
const stack = useStack({
  sandbox: { webhooks: { urls: [], sign: signing } },
  env: { CACHE_TTL_MS: '60000', GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKeyOf(signing).export({ type: 'spki', format: 'pem' }).toString() },
});
const open: Subscriber<unknown>[] = [];

beforeAll(() => {
  stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
});
afterAll(() => Promise.all(open.map((subscriber) => subscriber.close())));

// A live query follows records by their `id`, as normalising clients always select it.
const TWO_CONTACTS = graphql(`query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }`);
const TWO_CONTACTS_ONCE = graphql(`query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }`);
const twoContacts = async () => {
  const { contacts } = (await ghlRest<{ contacts: Contact[] }>(stack.sandbox, stack.token, 'GET', `/contacts/?locationId=${stack.locationId}&limit=2`))
    .body;
  return { a: contacts[0]!.id, b: contacts[1]!.id };
};
const upstreamReadsSince = (at: number) => stack.sandbox.requests.entries.filter((entry) => entry.at >= at && entry.method === 'GET');

describe.each([
  ['graphql-ws', subscribeWs],
  ['SSE', subscribeSse],
] as const)('over %s', (_transport, subscribe) => {
  it('re-sends the result after a ContactUpdate webhook, reading upstream only the changed contact', async () => {
    const ids = await twoContacts();
    // Warm: both contacts cached, and this token's right to read the location checked.
    await stack.gql(TWO_CONTACTS_ONCE, ids, { token: stack.token });
    await stack.gql(TWO_CONTACTS_ONCE, ids, { token: stack.token });

    const live = subscribe(stack.gateway.url, TWO_CONTACTS, ids, { token: stack.token });
    open.push(live);
    await live.waitFor((data) => data.a?.ghlId === ids.a);

    const city = `Live ${Math.random().toString(36).slice(2, 8)}`;
    const updated = await stack.gql(
      graphql(`mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }`),
      { id: ids.a, city },
      { token: stack.token },
    );
    expect(updated.errors).toBeUndefined();
    const sentAt = Date.now();
    const [update] = await live.waitFor((data) => data.a?.city === city);
    expect(update?.b?.ghlId).toBe(ids.b);
    await stack.sandbox.webhooks.idle();
    // The re-run's calls: the changed contact only; the other came from the cache.
    expect(upstreamReadsSince(sentAt).map((entry) => entry.path)).toEqual([`/contacts/${ids.a}`]);
    await live.close();
  });
});

it('a query without @live answers once, as before', async () => {
  const ids = await twoContacts();
  const response = await stack.gql(TWO_CONTACTS_ONCE, ids);
  expect(response.data.a?.ghlId).toBe(ids.a);
});

it('a live list is re-sent with a contact created through the gateway (ContactCreate touches Query.contacts)', async () => {
  const live = subscribeWs(stack.gateway.url, graphql(`query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }`), {}, {
    token: stack.token,
  });
  open.push(live);
  await live.waitFor((data) => data.contacts?.edges.length === 3);
  const firstName = `Live${Math.random().toString(36).slice(2, 8)}`;
  const created = await stack.gql(
    graphql(`mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }`),
    { firstName, email: `${firstName.toLowerCase()}@example.com` },
    { token: stack.token },
  );
  expect(created.errors).toBeUndefined();
  const [update] = await live.waitFor((data) => data.contacts?.edges.some((edge) => edge.node.firstName === firstName) === true);
  expect(update?.contacts?.edges[0]?.node.id).toBe(created.data.createContact.contact?.id);
  await live.close();
});
