/**
 * A subscription result written once for every socket it goes to. graphql-ws writes each `next`
 * message with its own JSON.stringify, payload included, per subscriber; a shared stream
 * (./shared-streams.ts) hands one result object to all the members of its group,
 * so its payload is serialised once, kept against that object, and spliced into each member's
 * message. JSON.rawJSON would say this more plainly, but takes only primitives, not an object.
 *
 * graphql-ws stringifies a message and hands it to the socket's `send` in one synchronous step:
 * the payload's stand-in, serialised in that step, leaves its text for `send` to put in its place.
 */
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';

/** What the stand-in serialises to: a string no result's payload can be, since a payload is an object. */
const MARKER = '\u0000payload';
const MARKER_END = `${JSON.stringify(MARKER)}}`;

export interface PayloadSplicer {
  /** For graphql-ws's onNext: the payload to put in the message, standing for `result` serialised once. */
  payloadOf(result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult;
  /** For the socket's send: the message with the payload's text in the stand-in's place. */
  messageOf(data: string): string;
}

export function payloadSplicer(): PayloadSplicer {
  // One stand-in per shared result, made with its text when the first socket's message is.
  const standIns = new WeakMap<object, FormattedExecutionResult>();
  let pending: string | undefined;
  return {
    payloadOf(result) {
      let standIn = standIns.get(result);
      if (standIn === undefined) {
        // graphql-ws's own shape: errors as their toJSON, and absent when there are none.
        const text = JSON.stringify(result);
        standIn = {
          toJSON() {
            pending = text;
            return MARKER;
          },
        } as FormattedExecutionResult;
        standIns.set(result, standIn);
      }
      return standIn;
    },
    messageOf(data) {
      if (pending === undefined) return data;
      const text = pending;
      pending = undefined;
      if (!data.endsWith(MARKER_END)) throw new Error('a next message did not end with its payload');
      return `${data.slice(0, -MARKER_END.length)}${text}}`;
    },
  };
}
