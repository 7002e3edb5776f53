/**
 * One line of the product brief's coverage table: a curl example from reference/brief, the catalog
 * operation that serves it, and the GraphQL that reaches it. test/brief-coverage.test.ts runs every
 * row against a real sandbox and checks the sandbox's request log for that operation's call.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationName } from '../../src/ghl/catalog.ts';
import type { Stack } from '../support/stack.ts';

export interface BriefRow {
  /** The curl example as `METHOD path`, exactly as the brief writes it (its example ids included). */
  brief: string;
  /** The catalog operation the example is; its method, path template and Version are checked. */
  operation: OperationName;
  /**
   * Why the brief's path is not the operation's, where the brief departs from GHL's OpenAPI files
   * (which win). Without it, the brief's path must fit the operation's template.
   */
  briefDiffers?: string;
  /**
   * Why the gateway serves the example through `operation`, another GHL call than the brief's
   * (GHL deprecated the brief's call in favour of it). The row then checks that call instead.
   */
  servedInstead?: string;
  /** Reaches the operation through the gateway (a GraphQL request, or an HTTP flow like OAuth). */
  run(brief: BriefContext): Promise<unknown>;
}

export interface BriefContext {
  stack: Stack;
  /**
   * Runs a GraphQL request; throws on any error, answers `data`, of the document's result type
   * (`graphql()` from ../generated/gql.ts), so what a row reads of it is what its document asks.
   * Without `token` the gateway uses its server-side location token; agency operations pass an
   * agency token from `stack.sandbox.tokens.agency`.
   */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: { token?: string }): Promise<R>;
}
