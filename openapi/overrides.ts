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

const altTypeOfOrders = { name: 'altType', in: 'query', required: false, schema: { type: 'string', enum: ['location'] } };

const association = { $ref: '#/components/schemas/GetPostSuccessfulResponseDto' };
const answerOf = (path: string, method: string, status: number) =>
  `/paths/${path.replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;

/**
 * The associations file answers every operation with one association. GHL answers its lists as
 * lists: a location's associations with their total, and those of one object key.
 */
const associationLists = (): SpecCorrection[] => [
  {
    app: 'associations',
    pointer: answerOf('/associations/', 'get', 200),
    was: association,
    value: { type: 'object', properties: { associations: { type: 'array', items: association }, total: { type: 'number' } }, required: ['associations', 'total'] },
    why: "a location's associations are a page of them with the total, as the skip and limit parameters say",
  },
  {
    app: 'associations',
    pointer: answerOf('/associations/objectKey/{objectKey}', 'get', 200),
    was: association,
    value: { type: 'object', properties: { associations: { type: 'array', items: association } }, required: ['associations'] },
    why: 'an object key takes part in any number of associations: they come as a list',
  },
];

/** A relation (the RelationCreate webhook's fields): the file has no schema for it and answers an association. */
const relation = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    associationId: { type: 'string' },
    firstRecordId: { type: 'string' },
    secondRecordId: { type: 'string' },
    firstObjectKey: { type: 'string' },
    secondObjectKey: { type: 'string' },
    locationId: { type: 'string' },
  },
  required: ['id', 'associationId', 'firstRecordId', 'secondRecordId', 'locationId'],
};

const relationAnswers = (): SpecCorrection[] => [
  {
    app: 'associations',
    pointer: answerOf('/associations/relations/{recordId}', 'get', 200),
    was: association,
    value: { type: 'object', properties: { relations: { type: 'array', items: relation }, total: { type: 'number' } }, required: ['relations', 'total'] },
    why: "a record's relations are a page of relations with the total, as the skip and limit parameters say",
  },
  ...[['/associations/relations', 'post', 201], ['/associations/relations/{relationId}', 'delete', 200]].map(([path, method, status]) => ({
    app: 'associations',
    pointer: answerOf(path as string, method as string, status as number),
    was: association,
    value: relation,
    why: 'a relation made or deleted is answered as that relation (its ids and the two records), not as an association',
  })),
];

/**
 * A note on an order. GHL documents no shape for an order's notes; this is the least a note is:
 * its id (`_id`, as every record of the payments app), what it says, the order and location it
 * belongs to, and when it was written.
 */
const orderNote = {
  type: 'object',
  properties: {
    _id: { type: 'string', example: '6578278e879ad2646715ba9c' },
    orderId: { type: 'string', description: 'Order Id', example: '653f5e0cde5a1314e62a837c' },
    altId: { type: 'string', description: 'Location Id', example: '6578278e879ad2646715ba9c' },
    altType: { type: 'string', enum: ['location'] },
    text: { type: 'string', description: 'What the note says', example: 'Refunded at the customer’s request.' },
    createdAt: { type: 'string', example: '2024-01-23T09:57:04.852Z' },
    updatedAt: { type: 'string', example: '2024-01-23T09:57:04.852Z' },
  },
  required: ['_id', 'text'],
};

/**
 * A product review, as the file's own UpdateProductReviewDto and UpdateProductReviewObjectDto name
 * its fields (the file declares the list of reviews a list of lists, with no review schema).
 */
const productReview = {
  type: 'object',
  properties: {
    _id: { type: 'string', example: '6578278e879ad2646715ba9c' },
    altId: { type: 'string', description: 'Location Id or Agency Id', example: '6578278e879ad2646715ba9c' },
    altType: { type: 'string', enum: ['location'] },
    productId: { type: 'string', description: 'Product Id', example: '6578278e879ad2646715ba9d' },
    storeId: { type: 'string', description: 'Store Id', example: 'a1b2c3d4e5f6g7h8i9j0k1l2' },
    status: { type: 'string', description: 'Status of the review', example: 'approved' },
    rating: { type: 'number', description: 'Rating of the product', example: 4.5 },
    headline: { type: 'string', description: 'Headline of the Review', example: 'Amazing product with great quality' },
    detail: { type: 'string', description: 'Detailed Review of the product', example: 'The product is for sure a must and recommended buy' },
    reply: { type: 'array', description: 'Reply of the review', items: { $ref: '#/components/schemas/ProductReviewDto' } },
    user: { $ref: '#/components/schemas/UserDetailsDto' },
    createdAt: { type: 'string', example: '2024-01-23T09:57:04.852Z' },
    updatedAt: { type: 'string', example: '2024-01-23T09:57:04.852Z' },
  },
  required: ['_id', 'productId', 'status'],
};

const reviewStatusCount = {
  type: 'object',
  properties: { status: { type: 'string', example: 'approved' }, count: { type: 'number', example: 12 } },
  required: ['status', 'count'],
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
  {
    app: 'conversations',
    pointer: '/components/schemas/SendMessageBodyDto',
    was: { required: ['type', 'subType', 'contactId', 'status'] },
    value: (old) => ({ ...old, required: ['type', 'contactId'] }),
    why: "a new message's status is GHL's to set, and subType has no type of its own (an object whose example repeats `type`): GHL sends a message of type and contact alone",
  },
  {
    app: 'conversations',
    pointer: '/paths/~1conversations~1{conversationId}~1messages/get/responses/200/content/application~1json/schema',
    was: { $ref: '#/components/schemas/GetMessagesByConversationResponseDto' },
    value: {
      type: 'object',
      properties: { messages: { $ref: '#/components/schemas/GetMessagesByConversationResponseDto' } },
      required: ['messages'],
    },
    why: 'GHL nests the page of messages under `messages`; the file shows it at the top level',
  },
  {
    app: 'conversations',
    pointer: '/components/schemas/ConversationSchema',
    was: { required: ['id', 'contactId', 'locationId', 'lastMessageBody', 'lastMessageType', 'type', 'unreadCount', 'fullName', 'contactName', 'email', 'phone'] },
    value: (old) => ({ ...old, required: (old.required as string[]).filter((field) => field !== 'email' && field !== 'phone') }),
    why: "a search result copies the contact's email and phone, and a contact may have only one of them (or neither): GHL leaves out the one it lacks",
  },
  {
    app: 'conversations',
    pointer: '/components/schemas/ProcessMessageBodyDto/properties/direction',
    was: { type: 'object', example: ['outbound', 'inbound'] },
    value: ({ example, ...rest }: Record<string, unknown>) => ({ ...rest, type: 'string', enum: example, example: 'inbound' }),
    why: "an inbound message's direction is declared an object; its example lists the two strings, as the message answers' enum does",
  },
  {
    app: 'opportunities',
    pointer: '/components/schemas/PipelinesResponseSchema/properties/stages',
    was: { type: 'array', items: { type: 'array' } },
    value: { type: 'array', items: { type: 'object' } },
    why: "a pipeline's stages are a list of stage objects (id, name, position), not a list of lists",
  },
  {
    app: 'opportunities',
    pointer: '/components/schemas/SearchOpportunitiesResponseSchema/properties/followers',
    was: { type: 'array', items: { type: 'array' } },
    value: { type: 'array', items: { type: 'string' } },
    why: "a deal's followers are user ids, as the file's own FollowersDTO declares them, not a list of lists",
  },
  ...(['notes', 'tasks', 'calendarEvents'] as const).map((detail) => ({
    app: 'opportunities',
    pointer: `/components/schemas/SearchOpportunitiesResponseSchema/properties/${detail}`,
    was: { type: 'array', items: { type: 'array' } },
    value: { type: 'array', items: { type: 'object' } },
    why: `a deal's ${detail} (answered when the search asks for them) are records, one object each, not a list of lists`,
  })),
  ...['prevPage', 'nextPage'].map((page) => ({
    app: 'opportunities',
    pointer: `/components/schemas/SearchMetaResponseSchema/properties/${page}`,
    was: { type: 'number' },
    value: (old: Record<string, unknown>) => ({ ...old, nullable: true }),
    why: 'the first page has no previous page and the last no next: GHL sends null there, as in the contacts search',
  })),
  ...['UserSchema', 'UserSuccessfulResponseDto'].map((schema) => ({
    app: 'users',
    pointer: `/components/schemas/${schema}/properties/scopes`,
    was: { type: 'string' },
    value: ({ type, enum: scopes, ...rest }: Record<string, unknown>) => ({ ...rest, type: 'array', items: { type, enum: scopes } }),
    why: "a user's scopes are a list, as the file's own create and update bodies declare them; the answer declares one scope",
  })),
  {
    app: 'funnels',
    pointer: '/components/schemas/FunnelListResponseDTO/properties/funnels',
    was: { type: 'object' },
    value: ({ example, ...rest }: Record<string, unknown>) => ({ ...rest, type: 'array', items: { type: 'object', example } }),
    why: 'the funnel list is a list of funnels (beside its `count`); the file declares one funnel, its example',
  },
  {
    app: 'funnels',
    pointer: '/paths/~1funnels~1page/get/responses/200/content/application~1json/schema',
    was: { $ref: '#/components/schemas/FunnelPageResponseDTO' },
    value: { type: 'array', items: { $ref: '#/components/schemas/FunnelPageResponseDTO' } },
    why: "the funnel's pages are a list of pages in step order (\"List of funnel pages returned\"); the file declares one page",
  },
  {
    app: 'invoices',
    pointer: '/components/schemas/EstimateResponseDto/properties/items',
    was: { type: 'array', items: { type: 'array' } },
    value: { type: 'array', items: { type: 'object' } },
    why: "an estimate's items are its line objects (EstimateLineItemDto, as the create body sends them), not a list of lists",
  },
  {
    app: 'invoices',
    pointer: '/components/schemas/ListEstimatesResponseDTO/properties/estimates',
    was: { type: 'array', items: { type: 'string' } },
    value: (old) => ({ ...old, items: { type: 'object' } }),
    why: 'the list of estimates is a list of estimate objects, as every other list of the file; the file declares strings, with no example',
  },
  {
    app: 'invoices',
    pointer: '/components/schemas/ListEstimateTemplateResponseDTO/properties/data',
    was: { type: 'array', items: { type: 'string' } },
    value: (old) => ({ ...old, items: { $ref: '#/components/schemas/EstimateTemplateResponseDTO' } }),
    why: 'the list of estimate templates is a list of templates, as create and preview answer one; the file declares strings, with no example',
  },
  {
    app: 'invoices',
    pointer: '/components/schemas/EstimateTemplateResponseDTO/properties/items',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({ ...old, items: { type: 'object' } }),
    why: "an estimate template's items are its line objects, as its own example shows them, not a list of lists",
  },
  {
    app: 'invoices',
    pointer: '/components/schemas/EstimateTemplatesDto/properties/items',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({ ...old, items: { $ref: '#/components/schemas/EstimateLineItemDto' } }),
    why: "an estimate template's lines are sent as an estimate's (EstimateLineItemDto, as CreateEstimatesDto declares them), not as a list of lists",
  },
  {
    app: 'products',
    pointer: '/components/schemas/ProductMediaDto/properties/priceIds',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({ ...old, items: { type: 'string' } }),
    why: "a medium's priceIds are price ids (its description and example say so), not a list of lists",
  },
  {
    app: 'social-media-posting',
    pointer: '/components/schemas/SearchPostDTO/properties/type',
    was: { type: 'string', example: 'Filter type' },
    value: (old) => ({
      ...old,
      enum: ['recent', 'all', 'scheduled', 'draft', 'failed', 'in_review', 'published', 'in_progress', 'deleted'],
      example: 'all',
    }),
    why: 'the filter type lists its values only in its description, and its example is the words "Filter type"',
  },
  {
    app: 'calendars',
    pointer: '/components/schemas/BlockSlotEditRequestDTO',
    was: { required: ['calendarId', 'locationId'] },
    value: (old) => ({ ...old, required: ['locationId'] }),
    why: 'a blocked slot is on a calendar or a user, "either calendarId or assignedUserId, not both" as the file itself says: an edit that moves it to a user, or only retitles it, names no calendar',
  },
  {
    app: 'products',
    pointer: '/components/schemas/UpdateDisplayPriorityBodyDto/properties/products',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({
      ...old,
      items: {
        type: 'object',
        properties: {
          productId: { type: 'string', description: 'Product Id', example: '6578278e879ad2646715ba9d' },
          priority: { type: 'number', description: 'Place in the store, lowest first', example: 1 },
        },
        required: ['productId', 'priority'],
      },
    }),
    why: 'the products are each "a product with its display priority", as the description says, not a list of lists: GHL documents no item schema, so each names its product as the store\'s other bodies do (an id) with a number for its place',
  },
  {
    app: 'products',
    pointer: '/components/schemas/ListCollectionResponseDto/properties/data',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({ ...old, items: { $ref: '#/components/schemas/CollectionSchema' } }),
    why: 'a page of collections is a list of collections (CollectionSchema, as create answers one), not a list of lists',
  },
  {
    app: 'products',
    pointer: '/components/schemas/ListProductReviewsResponseDto/properties/data',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({ ...old, description: 'Array of Reviews', items: productReview }),
    why: "a page of reviews is a list of reviews (the fields the file's own update takes, with the review's id and dates), not a list of lists; its description says collections, copied from the collections page",
  },
  {
    app: 'products',
    pointer: '/components/schemas/CountReviewsByStatusResponseDto/properties/data',
    was: { type: 'array', items: { type: 'array' } },
    value: (old) => ({ ...old, items: reviewStatusCount }),
    why: 'the review counts are one count per review status, as the description says, not a list of lists',
  },
  ...['ShippingZoneCountryDto/properties/code', 'StoreShippingOriginDto/properties/country'].map((node) => ({
    app: 'store',
    pointer: `/components/schemas/${node}`,
    was: { type: 'number' },
    value: ({ enum: codes, ...rest }: Record<string, unknown>) => ({ ...rest, type: 'string', enum: (codes as unknown[]).flat() }),
    why: 'a country code is declared a number whose enum is one list of the code strings',
  })),
  {
    app: 'locations',
    pointer: '/components/schemas/GetTemplatesSuccessfulResponseDto/properties/templates/items',
    was: {
      oneOf: [{ $ref: '#/components/schemas/GetSmsTemplateResponseSchema' }, { $ref: '#/components/schemas/GetEmailTemplateResponseSchema' }],
    },
    value: ({ oneOf, ...rest }: Record<string, unknown>) => ({ ...rest, anyOf: oneOf }),
    why: 'an SMS and an email template admit each other (no required field sets them apart), so no template matches exactly one: anyOf is meant',
  },
  {
    app: 'contacts',
    pointer: '/components/schemas/UpdateContactDto',
    was: { type: 'object' },
    value: ({ properties, ...rest }: Record<string, unknown>) => ({
      ...rest,
      properties: { ...(properties as Record<string, unknown>), companyName: { type: 'string', example: 'DGS VolMAX', nullable: true } },
    }),
    why: "a contact's company can be changed: GHL's update takes companyName, as its create does, though the update's DTO leaves it out",
  },
  ...['IRecordSchema', 'RecordResponseDTO'].map((schema) => ({
    app: 'objects',
    pointer: `/components/schemas/${schema}/properties/properties`,
    was: { type: 'string' },
    value: (old: Record<string, unknown>) => ({ ...old, type: 'object' }),
    why: "a record's properties are declared a string; its example, and every record GHL sends, is an object of field values",
  })),
  {
    app: 'objects',
    pointer: '/components/schemas/RecordResponseDTO/properties/searchAfter/items',
    was: { type: 'number' },
    value: { anyOf: [{ type: 'number' }, { type: 'string' }] },
    why: "a search cursor is the record's time and its id, as the example shows: a number and a string",
  },
  {
    app: 'conversations',
    pointer: '/components/schemas/ProcessMessageBodyDto',
    was: { required: ['type', 'conversationId', 'contactId', 'conversationProviderId'] },
    value: (old) => ({
      ...old,
      required: ['type', 'conversationId', 'contactId'],
      if: { properties: { type: { const: 'SMS' } }, required: ['type'] },
      else: { required: ['conversationProviderId'] },
    }),
    why: "GHL's conversation-provider guide: an inbound SMS through the default SMS provider names no provider; every other inbound message names its provider",
  },
  {
    app: 'payments',
    pointer: '/paths/~1payments~1orders/get',
    was: { operationId: 'list-orders' },
    value: (old) => ({ ...old, parameters: [...(old.parameters as unknown[]), altTypeOfOrders] }),
    why: "every other read of the payments app scoped by altId takes altType beside it; the orders' leave it out though GHL reads their owner the same way",
  },
  {
    app: 'payments',
    pointer: '/paths/~1payments~1orders~1{orderId}/get',
    was: { operationId: 'get-order-by-id' },
    value: (old) => ({ ...old, parameters: [...(old.parameters as unknown[]), altTypeOfOrders] }),
    why: 'as for the list of orders',
  },
  ...['CalendarResourceByIdResponseDTO', 'CalendarResourceResponseDTO'].map((schema) => ({
    app: 'calendars',
    pointer: `/components/schemas/${schema}`,
    was: { required: schema === 'CalendarResourceResponseDTO' ? ['locationId', 'name', 'resourceType', 'isActive'] : ['locationId', 'name', 'resourceType', 'isActive', 'calendarIds'] },
    value: ({ properties, required, ...rest }: Record<string, unknown>) => ({
      ...rest,
      properties: { id: { type: 'string', description: 'Calendar Resource ID' }, ...(properties as Record<string, unknown>) },
      required: ['id', ...(required as string[])],
    }),
    why: 'a room or equipment is read, changed and deleted by its id (the path parameter `id`), so every answer carries it; the file leaves it out of the resource',
  })),
  {
    app: 'payments',
    pointer: '/components/schemas/ListWhitelabelIntegrationProviderResponseDto/properties/providers',
    was: { allOf: [{ $ref: '#/components/schemas/IntegrationProviderSchema' }] },
    value: ({ allOf, ...rest }: Record<string, unknown>) => ({ ...rest, type: 'array', items: (allOf as unknown[])[0] }),
    why: 'the white-label providers are a "list of integration provider", as its description says and limit and offset page it; the file declares one provider',
  },
  {
    app: 'payments',
    pointer: '/paths/~1payments~1orders~1{orderId}~1notes/get/responses/200',
    was: { description: 'Successful response' },
    value: (old) => ({
      ...old,
      content: {
        'application/json': {
          schema: { type: 'object', properties: { status: { type: 'boolean', example: true }, data: { type: 'array', items: orderNote } }, required: ['data'] },
        },
      },
    }),
    why: "an order's notes are answered with no schema at all: they come as its sibling, the order's fulfillments, do (`status` and the list as `data`), each note with its id, text and dates",
  },
  ...associationLists(),
  ...relationAnswers(),
  {
    app: 'opportunities',
    pointer: '/components/schemas/OpportunitySearchBodyDTO',
    was: { required: ['locationId', 'query', 'limit', 'page', 'searchAfter', 'additionalDetails'] },
    value: ({ properties, ...rest }: Record<string, unknown>) => ({
      ...rest,
      properties: {
        ...(properties as Record<string, unknown>),
        filters: { type: 'array', items: { type: 'object' }, description: 'Conditions (field, operator, value) or AND/OR groups of them, all AND-ed' },
        sort: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, direction: { type: 'string', enum: ['asc', 'desc'] } },
            required: ['field', 'direction'],
          },
        },
      },
      required: ['locationId', 'limit'],
    }),
    why: "GHL's opportunity search documentation (the file's linked doc) takes locationId and limit, with page OR searchAfter (never both), an optional query, additionalDetails, and the filters and sort the DTO leaves out; the file requires every field, page and searchAfter together",
  },
  {
    app: 'opportunities',
    pointer: '/components/schemas/SearchOpportunitiesResponseSchema',
    was: { type: 'object' },
    value: ({ properties, ...rest }: Record<string, unknown>) => ({
      ...rest,
      properties: {
        ...(properties as Record<string, unknown>),
        searchAfter: { type: 'array', items: { type: 'string' }, description: "The deal's sort values: a search's searchAfter resumes after it" },
      },
    }),
    why: "the search body's searchAfter is \"returned in each response\" (GHL's search documentation): each deal of a search carries its sort values, as the body declares them (strings); the answer leaves them out",
  },
  {
    app: 'opportunities',
    pointer: '/components/schemas/UpsertOpportunityDto',
    was: { required: ['pipelineId', 'locationId', 'followers', 'isRemoveAllFollowers', 'followersActionType'] },
    value: ({ properties, ...rest }: Record<string, unknown>) => ({
      ...rest,
      properties: {
        ...(properties as Record<string, unknown>),
        contactId: { type: 'string', description: 'contactId', example: 'mTkSCb1UBjb5tk4OvB69' },
        monetaryValue: { type: 'number', example: 220 },
      },
      required: ['pipelineId', 'locationId', 'contactId'],
    }),
    why: "an upsert finds the deal by its pipeline and contact, and every deal has a contact (CreateDto requires it): GHL takes contactId, which the DTO leaves out, and an upsert that touches no follower sends no follower fields. The value is a number, as its example and CreateDto say, not an object",
  },
  {
    app: 'conversations',
    pointer: '/paths/~1conversations~1locations~1{locationId}~1messages~1{messageId}~1transcription/get/responses/200/content/application~1json/schema',
    was: { $ref: '#/components/schemas/GetMessageTranscriptionResponseDto' },
    value: { type: 'array', items: { $ref: '#/components/schemas/GetMessageTranscriptionResponseDto' } },
    why: "a call's transcription is its sentences, each with its sentenceIndex, start and end: the file declares one sentence",
  },
  {
    app: 'conversations',
    pointer: '/components/schemas/MessageMeta/properties/callDuration',
    was: { type: 'string', example: 120 },
    value: (old) => ({ ...old, type: 'number' }),
    why: "a call's duration is a number of seconds, as its description and example (120) say; the file declares a string",
  },
  {
    app: 'conversations',
    pointer: '/components/schemas/UserTypingBody/properties/isTyping',
    was: { type: 'string', example: true },
    value: (old) => ({ ...old, type: 'boolean' }),
    why: 'whether an agent is typing is declared a string; its example is the boolean true, as the name says',
  },
  ...['forms', 'surveys'].map((app) => ({
    app,
    pointer: '/components/schemas/EventDataSchema/properties/contactSessionIds',
    was: { nullable: true, allOf: [{ $ref: '#/components/schemas/ContactSessionIds' }] },
    value: { anyOf: [{ $ref: '#/components/schemas/ContactSessionIds' }, { type: 'null' }] },
    why: 'nullable without a type is no JSON Schema (ajv refuses it): the record or null, said as anyOf',
  })),
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
 * A defect repeated across the files (an invoice's items, an order's items, a folder's files): a
 * list declared of strings while its example shows objects (or one object, or an object written
 * out as prose "{ ... }"). GHL sends objects there, so the items are read as objects.
 */
export const isObjectListDeclaredAsStrings = (schema: Record<string, unknown>): boolean => {
  const items = schema.items as Record<string, unknown> | undefined;
  if (schema.type !== 'array' || items?.type !== 'string' || Object.keys(items).length !== 1) return false;
  const example = Array.isArray(schema.example) ? schema.example[0] : schema.example;
  return (typeof example === 'object' && example !== null) || (typeof example === 'string' && example.trimStart().startsWith('{'));
};

/**
 * A defect of eleven operations (a user's PUT and DELETE, a blog post's PUT, a message by id, ...):
 * the path template names a parameter that the operation's parameters leave out. GHL reads it from
 * the path all the same, so it is read as a required string path parameter.
 */
export const undeclaredPathParameter = (name: string) => ({ name, in: 'path' as const, required: true, schema: { type: 'string' } });

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
  contactsAddFollowersContact: 'following a contact twice is following it',
  opportunitiesAddFollowersOpportunity: 'following a deal twice is following it',
  conversationsLiveChatAgentTyping: 'saying an agent is typing twice shows the same indicator',
  socialMediaPostingGetPosts: 'a search that GHL happens to take as a POST; it changes nothing',
  contactsSearchContactsAdvanced: 'a search that GHL takes as a POST; it changes nothing',
  opportunitiesSearchOpportunitiesAdvanced: 'a search of deals that GHL takes as a POST; it changes nothing',
  objectsSearchObjectRecords: 'a search of a custom object’s records that GHL takes as a POST; it changes nothing',
  calendarsValidateGroupsSlug: 'asks whether a calendar group slug is free, as a POST; it changes nothing',
};

/**
 * Names chosen by hand where app + operationId reads badly or collides, by `<app>/<operationId>`.
 * Empty while every derived name is unique and readable; the generator fails on a collision.
 */
export const names: Record<string, string> = {};
