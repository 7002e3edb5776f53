/**
 * A result many subscribers share is serialised once (src/transports/serialised-once.ts), and each socket's
 * `next` message is still exactly the one graphql-ws would have written. End to end, the shared
 * streams of test/subscriptions.test.ts deliver through it.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { payloadSplicer } from '../src/transports/serialised-once.ts';

/** What graphql-ws writes for a `next` message: its id, its type, the payload last. */
const message = (id: string, payload: unknown) => JSON.stringify({ id, type: 'next', payload });

describe('a shared result on many sockets', () => {
  it('is serialised once and written as graphql-ws would write it, on each socket', () => {
    let reads = 0;
    const data = { contactEvents: { type: 'ContactCreate', name: 'Ngozi "N" Rossi\u2028' } };
    const result = {
      get data() {
        reads++;
        return data;
      },
      errors: [new GraphQLError('Partly failed', { extensions: { code: 'UPSTREAM_ERROR' } })],
    };
    const splicer = payloadSplicer();
    for (const id of ['1', '2', 'a-third']) {
      const sent = splicer.messageOf(message(id, splicer.payloadOf(result)));
      expect(JSON.parse(sent)).toEqual({ id, type: 'next', payload: { data, errors: [{ message: 'Partly failed', extensions: { code: 'UPSTREAM_ERROR' } }] } });
    }
    expect(reads).toBe(1);
  });

  it('leaves every other message as it is', () => {
    const splicer = payloadSplicer();
    const complete = JSON.stringify({ id: '1', type: 'complete' });
    expect(splicer.messageOf(complete)).toBe(complete);
    const ownResult = { data: { a: 1 } };
    expect(splicer.messageOf(message('2', splicer.payloadOf(ownResult)))).toBe(message('2', ownResult));
    expect(splicer.messageOf(complete)).toBe(complete);
  });
});
