/**
 * How the generated description of the long-tail GraphQL fields (src/ghl/generated/long-tail.ts)
 * reads: per app, the object and input types made from its file's schemas and each operation's
 * arguments, body and answer. The generator (scripts/long-tail-types.ts) walks the files once;
 * the gateway builds its types from this at start-up without reading them.
 *
 * A type is written as in SDL: `String`, `GhlUsersUserDto`, `[String]`, `[GhlUsersUserDto]!`.
 * Its name is `String`, `Float`, `Boolean`, `JSON`, or an object or input type of the long tail.
 * List items are always nullable (GHL's lists may hold nulls), so only the whole may be `!`.
 */
export type LongTailType = string;

/** A field of an object or input type; the key is GHL's when it is not the field name. */
export type LongTailField = readonly [name: string, type: LongTailType, description: string, key?: string];

export interface LongTailObject {
  name: string;
  description: string;
  fields: readonly LongTailField[];
}

/** A path or query parameter of an operation; its name is GHL's when it is not the argument's. */
export type LongTailArgument = readonly [arg: string, type: LongTailType, description: string, place: 'path' | 'query', name?: string];

export interface LongTailOperation<Name extends string = string> {
  /** The operation's name in the generated catalog, and the field that calls it. */
  operation: Name;
  field: string;
  description: string;
  args: readonly LongTailArgument[];
  /** The request body: the `input` argument, the media type it goes as, and whether `{}` goes when it is left out. */
  body: { type: LongTailType; media: string; emptyWhenOmitted: boolean } | null;
  response: LongTailType;
}

export interface LongTailApp<Name extends string = string> {
  /** The file under reference/ghl-openapi/apps, its field under Query.ghl and Mutation.ghl, and its types' prefix. */
  app: string;
  field: string;
  prefix: string;
  queries: readonly LongTailOperation<Name>[];
  mutations: readonly LongTailOperation<Name>[];
  objects: readonly LongTailObject[];
  inputs: readonly LongTailObject[];
}
