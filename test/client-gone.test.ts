/**
 * A client that goes away mid-request: the gateway stops that request's work upstream. Its calls in
 * flight are dropped and the calls that would have followed them are never sent, so a closed tab
 * spends none of the location's rate limit.
 */
import { getEventListeners } from 'node:events';
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

it("a WebSocket connection's operations share one listener on its signal, however many they are", async () => {
  // A connection's signal lives as long as the socket (src/transports/websocket.ts) and every
  // operation on it opens a session with it: one listener each, never removed, would grow with
  // every query a long-lived socket sends.
  const connection = new AbortController();
  const credentials = { token: stack.token, locationId: stack.locationId };
  const sessions = Array.from({ length: 200 }, () => stack.gateway.client.session(credentials, connection.signal));
  expect(getEventListeners(connection.signal, 'abort')).toHaveLength(1);

  // And the socket's closing still stops each of them before a call is sent.
  const before = stack.sandbox.requests.count({ method: 'GET', path: /^\/locations\// });
  connection.abort();
  await expect(sessions[199]!.call('getLocation', { location: stack.locationId })).rejects.toMatchObject({ name: 'AbortError' });
  expect(stack.sandbox.requests.count({ method: 'GET', path: /^\/locations\// })).toBe(before);
});
