/**
 * A client that goes away mid-request: the gateway stops that request's work upstream. Its calls in
 * flight are dropped and the calls that would have followed them are never sent, so a closed tab
 * spends none of the location's rate limit.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();

it('a request whose client disconnects sends none of the calls that would follow', async () => {
  const { contacts } = (await ghlRest<{ contacts: Array<{ id: string }> }>(stack.sandbox, stack.token, 'GET', `/contacts/?locationId=${stack.locationId}&limit=1`)).body;
  const contactId = contacts[0]!.id;
  const query = `query ClientGone($id: ID!) { contact(id: $id) { name tasks { title } notes { body } } }`;
  const send = (signal?: AbortSignal) =>
    fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id: contactId } }), signal });
  const followers = () => stack.sandbox.requests.count({ method: 'GET', path: new RegExp(`^/contacts/${contactId}/(tasks|notes)$`) });

  // The contact answers slowly; its tasks and notes are asked for only once it has.
  stack.sandbox.faults.set({ latencyMs: 400, match: { method: 'GET', path: `^/contacts/${contactId}$` } });
  const client = new AbortController();
  const gone = send(client.signal).catch((error: unknown) => error);
  await sleep(150);
  client.abort();
  expect(await gone).toMatchObject({ name: 'AbortError' });
  await sleep(600);
  expect(followers()).toBe(0);

  // The same request, left to finish, does send them: the count above could have been two.
  stack.sandbox.faults.clear();
  const finished = (await (await send()).json()) as { data?: { contact: { tasks: unknown[] } }; errors?: unknown };
  expect(finished.errors).toBeUndefined();
  expect(followers()).toBe(2);
});
