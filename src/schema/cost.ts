/**
 * What a field costs GoHighLevel, in REST calls, declared next to the field it prices:
 * `extensions: { cost: cost.byId() }`. Before an operation runs, src/plugins/cost-estimate.ts
 * walks it and adds these up, multiplied along list nesting, into a worst case it checks against
 * the budget. A field without a declaration costs nothing: it reads its parent's payload.
 *
 * Declare a cost on every field whose resolver reaches `ctx.ghl.call` or a loader; say `free`
 * where a resolver only rearranges what its parent holds, so the next reader sees it was weighed.
 */
import { MAX_PAGE_SIZE } from '../ghl/pages.ts';

export type FieldCost =
  /** Answered from the parent's payload or a list fetched for it: no call. */
  | { kind: 'free' }
  /** A connection: one call per page of `pageSize` items its `first` may need, per parent. */
  | { kind: 'listPage'; pageSize: number }
  /**
   * One record fetched by its id per parent; repeats are de-duplicated, so at worst one call per
   * parent, and never more than `atMost` distinct records: a number, or `owners` for the record a
   * child hangs under (a task's contact: one per contact whose tasks were listed).
   */
  | { kind: 'byId'; atMost?: number | 'owners' }
  /** One record fetched by id per item of a list argument (`nodes(ids:)`), per parent. */
  | { kind: 'byIds'; argument: string }
  /** A fixed number of calls per parent (a mutation that reads before it writes: 2). */
  | { kind: 'perParent'; calls: number }
  /**
   * One list call per request whatever the number of parents (a location's pipelines or users):
   * every field naming the same `key` shares that one call.
   */
  | { kind: 'batchedPerRequest'; key: string }
  /**
   * The parent embeds part of the record (a search result's contact): free when the query asks
   * only for `fields` of a record that came from a list, otherwise priced as `otherwise`.
   */
  | { kind: 'embedded'; fields: readonly string[]; otherwise: FieldCost }
  /** Several of the above at once (appointments, and the location whose time zone reads them). */
  | { kind: 'sum'; parts: readonly FieldCost[] };

/**
 * A field's declaration: its cost, and for a plain list field (not a connection) the most items
 * it is assumed to return, where GHL returns a whole list in one call (pipelines, stages). Without
 * `items`, a plain list is assumed to hold a full GHL page (100).
 */
export type CostDeclaration = FieldCost & { items?: number };

export const cost = {
  free: (): FieldCost => ({ kind: 'free' }),
  /** `pageSize`: the most items GHL returns in one call of this list. */
  listPage: (pageSize: number = MAX_PAGE_SIZE): FieldCost => ({ kind: 'listPage', pageSize }),
  byId: (atMost?: number | 'owners'): FieldCost => (atMost === undefined ? { kind: 'byId' } : { kind: 'byId', atMost }),
  byIds: (argument: string): FieldCost => ({ kind: 'byIds', argument }),
  perParent: (calls: number): FieldCost => ({ kind: 'perParent', calls }),
  batchedPerRequest: (key: string): FieldCost => ({ kind: 'batchedPerRequest', key }),
  embedded: (fields: readonly string[], otherwise: FieldCost): FieldCost => ({ kind: 'embedded', fields, otherwise }),
  sum: (...parts: FieldCost[]): FieldCost => ({ kind: 'sum', parts }),
  /** A plain list field of at most `items` items, costing `base` (free by default). */
  list: (items: number, base: FieldCost = { kind: 'free' }): CostDeclaration => ({ ...base, items }),
};

/** What GHL embeds of a contact in opportunity and conversation search results (see embeddedContact). */
export const embeddedContactFields = ['id', 'ghlId', 'locationId', 'name', 'companyName', 'email', 'phone', 'tags'] as const;

/** Distinct users one request may meet by id: a location's team, assumed to fit one GHL page. */
export const USERS_ASSUMED = MAX_PAGE_SIZE;

/** Keys of the per-request lists more than one field shares. */
export const sharedLists = {
  /** `GET /opportunities/pipelines`: every pipeline and stage of a location. */
  pipelines: 'pipelines',
  /** `GET /opportunities/lost-reason`: every lost reason of a location. */
  lostReasons: 'lostReasons',
  /** `GET /users/?locationId=`: what two or more users of one location are read from. */
  users: 'users',
  /** `GET /locations/:id`: its time zone reads appointment times. */
  location: 'location',
  /** `GET /associations/?locationId=`: what relations are filtered and named by. */
  associations: 'associations',
  /** `GET /calendars/groups?locationId=`: the only read of a calendar group. */
  calendarGroups: 'calendarGroups',
  /** `GET /calendars/?locationId=`: what a resource's or an availability schedule's calendars are read from. */
  calendars: 'calendars',
  /** `GET /calendars/resources/rooms` and `/equipments`: what a calendar's resources are read from. */
  calendarRooms: 'calendarRooms',
  calendarEquipment: 'calendarEquipment',
  /** `GET /products/collections?altId=`: what a product's collections are read from. */
  productCollections: 'productCollections',
  /** `GET /products/inventory?altId=`: what a product's stock is read from. */
  inventory: 'inventory',
  /** `GET /products/reviews?altId=&productId=a,b`: what the reviews of a location's products are read from. */
  productReviews: 'productReviews',
} as const;

/** Records of one kind a record's relations are assumed to reach, for pricing the related-record edges. */
export const RELATED_ASSUMED = 5;
