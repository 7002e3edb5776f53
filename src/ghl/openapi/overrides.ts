/**
 * The curated choices about GHL's official OpenAPI files, declared in one place: the generator
 * (scripts/generate-ghl-catalog.ts) and the request validator both read them, so generated code is
 * never edited by hand. Each entry says why it is here.
 */

/**
 * A replacement of one node of an app's file, named by JSON pointer, applied on load. `was` holds
 * keys of the node as the file has them: when GHL's file changes there, loading fails until the
 * correction is looked at. `value` is the new node, or makes it from the old one.
 */
export interface SpecCorrection {
  app: string;
  pointer: string;
  was: Record<string, unknown>;
  value: Record<string, unknown> | ((old: Record<string, unknown>) => Record<string, unknown>);
  why: string;
}

const declaredPostType = {
  type: 'object',
  description: 'Post Type must be one of the following values: - post, story, reel',
  example: 'post',
};

const postType = {
  type: 'string',
  enum: ['post', 'story', 'reel'],
  description: 'Post Type must be one of the following values: - post, story, reel',
  example: 'post',
};

/** Known defects of the official files that need more than the rule below: each names its node. */
export const corrections: SpecCorrection[] = [
  {
    app: 'social-media-posting',
    pointer: '/components/schemas/CreatePostDTO/properties/type',
    was: declaredPostType,
    value: postType,
    why: 'the post type is declared an object; its description lists the strings post, story, reel',
  },
  {
    app: 'social-media-posting',
    pointer: '/components/schemas/PostCreateRequest/properties/type',
    was: declaredPostType,
    value: postType,
    why: 'the post type of an edit is declared an object, as on create',
  },
  {
    app: 'social-media-posting',
    pointer: '/components/schemas/GetPostFormattedSchema/properties/type',
    was: declaredPostType,
    value: postType,
    why: 'the post type GHL returns is declared an object, as on create',
  },
  {
    app: 'conversations',
    pointer: '/paths/~1conversations~1search/get/parameters/8/schema',
    was: { example: 1600854, type: 'any' },
    value: { anyOf: [{ type: 'number' }, { type: 'array', items: { type: 'string' } }], example: 1600854 },
    why: 'startAfterDate is typed `any`, not a JSON Schema type; the anyOf beside it says a number or a list',
  },
  {
    app: 'conversations',
    pointer: '/paths/~1conversations~1{conversationId}~1messages/get/parameters/4/schema',
    was: { example: 'TYPE_SMS,TYPE_CALL' },
    value: ({ enum: types, ...rest }) => {
      const one = `(${(types as string[]).join('|')})`;
      return { ...rest, type: 'string', pattern: `^${one}(,${one})*$` };
    },
    why: 'the message types are "separated with comma", as the example shows, but declared one enum value',
  },
];

/**
 * Examples in the files that contradict their own schema, by generated operation name: the
 * schema is right and the example wrong, so the test of the files' example requests skips them.
 */
export const wrongExamples: Record<string, string> = {
  conversationsSearchConversation: 'scoreProfileMin/Max are numbers; the example is a record id',
  opportunitiesGetLostReason: 'getCount is a boolean; the example is the word "field"',
  productsGetProductCollection: 'altType is "location" by its enum; the example says "LOCATION"',
  productsDeleteProductCollection: 'altType is "location" by its enum; the example says "LOCATION"',
};

/**
 * A defect repeated across the files (about sixty schemas, e.g. a contact's dateOfBirth, a
 * calendar event's startTime, a social account's type): `type: object` with no properties while
 * the example is a plain string. GHL sends and takes strings there, so such a schema is read as a
 * string. An example written as "{ ... }" describes a real object in prose, and stays an object.
 */
export const isStringDeclaredAsObject = (schema: Record<string, unknown>): boolean =>
  schema.type === 'object' &&
  !schema.properties &&
  !schema.additionalProperties &&
  typeof schema.example === 'string' &&
  !schema.example.trimStart().startsWith('{');

/**
 * The Version for the 29 operations whose file declares no Version header: the one the rest of
 * their app declares (two conversations operations take 2021-04-15 with their app), or this one
 * where the app declares none (store) or several.
 */
export const undeclaredVersion = '2021-07-28';

/**
 * Version headers GHL's servers want that differ from the one the file declares, by generated
 * operation name. None is known today; an entry here must say which server answer showed it.
 */
export const versionOverrides: Record<string, { version: string; why: string }> = {};

/**
 * POSTs that are safe to send again after a 5xx, a timeout or a dropped connection. Every other
 * POST is not: GHL may have created the record before failing.
 */
export const idempotentPosts: Record<string, string> = {
  contactsAddTags: 'adding a tag that is already there changes nothing',
  socialMediaPostingGetPosts: 'a search that GHL happens to take as a POST; it changes nothing',
  contactsSearchContactsAdvanced: 'a search that GHL takes as a POST; it changes nothing',
  objectsSearchObjectRecords: 'a search of a custom object’s records that GHL takes as a POST; it changes nothing',
};

/**
 * Names chosen by hand where app + operationId reads badly or collides, by `<app>/<operationId>`.
 * Empty while every derived name is unique and readable; the generator fails on a collision.
 */
export const names: Record<string, string> = {};
