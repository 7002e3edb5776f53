/**
 * Which media type answers a request that states no preference: no `Accept` header, or only
 * `*∕*` (curl's default, and fetch's).
 *
 * The GraphQL over HTTP spec has two JSON media types. `application/graphql-response+json` says
 * request errors (a document that does not parse or validate, invalid variables) with a 4xx;
 * `application/json` is for legacy clients and answers them 200, since such a client may read no
 * body from a 4xx. For a request without `Accept`, the spec's legacy watershed says a server
 * SHOULD assume `application/json` until 2025-01-01 and MAY assume
 * `application/graphql-response+json` from then on. Yoga still assumes `application/json`, so a
 * document that does not validate came back 200 to curl while the README promises 400.
 *
 * This gateway takes the spec's post-watershed rule: no preference means
 * `application/graphql-response+json`, with its status codes. A client that asks for
 * `application/json` explicitly keeps the legacy 200, as the spec requires.
 */
import type { Plugin } from 'graphql-yoga';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

export function responseMediaTypePlugin(): Plugin {
  return {
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      // A stream (SSE) keeps its processor; only a single result has two JSON types to choose from.
      if (!resultProcessor || Symbol.asyncIterator in Object(result) || !statesNoPreference(request.headers.get('accept'))) return;
      setResultProcessor(resultProcessor, GRAPHQL_RESPONSE_JSON);
    },
  };
}

function statesNoPreference(accept: string | null): boolean {
  if (accept === null || accept.trim() === '') return true;
  return accept.split(',').every((range) => range.split(';', 1)[0]!.trim() === '*/*');
}
