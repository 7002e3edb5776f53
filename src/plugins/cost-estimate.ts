/**
 * The worst case of an operation in upstream REST calls, before it runs: the costs its fields
 * declare (src/schema/cost.ts), with variables applied and fragments expanded, multiplied along
 * list nesting. A connection's nodes number at most its `first`; a plain list at most
 * `LIST_ITEMS_ASSUMED`, GHL's largest page. Where a field may return several types (`node`, an
 * event interface), the dearest type counts. The same walk gives the expected calls (`Assumption`).
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../ghl/pages.ts';
import { forwardPage } from '../resolvers/pagination.ts';
import type { CostDeclaration, FieldCost } from '../schema/cost.ts';

/** How many items a plain list field that declares no `items` may hold: GHL's page cap. */
const LIST_ITEMS_ASSUMED = MAX_PAGE_SIZE;

/**
 * `worst`: every list as full as it may be (the budget, COST_MAX_UPSTREAM_CALLS). `expected`: what
 * a run costs when its pages are full, judged against the rate window (src/plugins/cost.ts): a
 * connection holds its `first`, `nodes(ids:)` its ids, but a list GHL returns whole (a contact's
 * tasks, a location's pipelines and their stages) one item, and the record a child hangs under is
 * the one its list was read through, already loaded.
 */
export type Assumption = 'worst' | 'expected';
/** A write with no declared cost: the write itself. */
const MUTATION_DEFAULT: FieldCost = { kind: 'perParent', calls: 1 };

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Per-request lists already counted. */
  shared: Set<string>;
  assumption: Assumption;
}

/** Where the objects a selection reads came from. */
interface Parents {
  count: number;
  /** How many objects hold the list these parents are items of (1 at the root). */
  owners: number;
  /** They are items of a list page, which embeds related records. */
  fromList: boolean;
  /** Items of the list just below: a connection page's `first` (its `edges`), or the ids `nodes(ids:)` asks for. */
  pageItems: number | undefined;
}

export function estimateCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  assumption: Assumption = 'worst',
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk = walkOf(schema, document, variables, assumption);
  return selectionCost(walk, root, operation.selectionSet, { count: 1, owners: 1, fromList: false, pageItems: undefined });
}

/**
 * What the fields at `paths` (response paths, as GraphQL errors name them) cost with everything
 * below them, each path once: the reads a cache probe found missing (src/plugins/cost.ts), priced
 * as the estimate prices them, and lists several of them share counted once.
 */
export function estimateAtPaths(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  paths: readonly (readonly (string | number)[])[],
  assumption: Assumption,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk = walkOf(schema, document, variables, assumption);
  let total = 0;
  for (const path of paths) {
    const found = fieldAt(walk, root, operation.selectionSet, path.filter((key): key is string => typeof key === 'string'));
    if (!found) continue;
    const [parent, nodes] = found;
    // One instance of the field, which a call it made was needed for.
    total += objectCost(walk, parent, { kind: Kind.SELECTION_SET, selections: nodes }, { count: 1, owners: 1, fromList: false, pageItems: undefined });
  }
  return total;
}

function walkOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, assumption: Assumption): Walk {
  const fragments = Object.fromEntries(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { schema, fragments, variables, shared: new Set(), assumption };
}

/** The field a response path names, and the object type it was asked of. */
function fieldAt(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode, keys: readonly string[]): [GraphQLObjectType, FieldNode[]] | undefined {
  const [key, ...rest] = keys;
  if (key === undefined) return undefined;
  const objects = isAbstractType(type) ? walk.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  for (const object of objects) {
    const nodes = fieldsByKey(walk, object, selectionSet).get(key);
    const field = nodes && object.getFields()[nodes[0]!.name.value];
    if (!nodes || !field) continue;
    if (rest.length === 0) return [object, nodes];
    const found = fieldAt(walk, getNamedType(field.type), mergedSelections(nodes), rest);
    if (found) return found;
  }
  return undefined;
}

function selectionCost(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode, parents: Parents): number {
  if (isObjectType(type)) return objectCost(walk, type, selectionSet, parents);
  if (!isAbstractType(type)) return 0;
  // Each possible type is walked from the same shared lists: only one of them will be the answer.
  let dearest = 0;
  let dearestShared = walk.shared;
  for (const possible of walk.schema.getPossibleTypes(type)) {
    const branch = { ...walk, shared: new Set(walk.shared) };
    const calls = objectCost(branch, possible, selectionSet, parents);
    if (calls >= dearest) [dearest, dearestShared] = [calls, branch.shared];
  }
  walk.shared = dearestShared;
  return dearest;
}

function objectCost(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode, parents: Parents): number {
  let total = 0;
  for (const [name, nodes] of collectFields(walk, type, selectionSet)) {
    const field = type.getFields()[name];
    if (!field) continue;
    const args = getArgumentValues(field, nodes[0]!, walk.variables);
    const declared = field.extensions['cost'] as CostDeclaration | undefined;
    const fieldCost: CostDeclaration = declared ?? (type === walk.schema.getMutationType() ? MUTATION_DEFAULT : { kind: 'free' });
    const selections = mergedSelections(nodes);
    total += readOnce(walk, `${type.name}.${name}`, fieldCost, args, parents)
      ? 0
      : ownCalls(walk, fieldCost, args, parents, () => selectedNames(walk, field.type, selections));
    if (selections.selections.length === 0) continue;

    // A list field holds what it says it holds; a connection passes its page size on to its edges.
    const items = (walk.assumption === 'worst' ? fieldCost.items : undefined) ?? listItemsOf(fieldCost, args);
    const listItems = walk.assumption === 'worst' ? LIST_ITEMS_ASSUMED : 1;
    const [count, owners, pageItems] = isListType(getNullableType(field.type))
      ? [parents.count * itemsOfList(field.type, items ?? parents.pageItems, listItems), parents.count, undefined]
      : [parents.count, parents.owners, items];
    const fromList = fieldCost.kind === 'listPage' || (fieldCost.kind === 'free' && parents.fromList);
    total += selectionCost(walk, getNamedType(field.type), selections, { count, owners, fromList, pageItems });
  }
  return total;
}

/**
 * Expected only: the same record asked again under another alias (`a: contact(id: $id) ... b:
 * contact(id: $id)`) is one read, as the request's loaders de-duplicate it. True when this one is
 * a repeat.
 */
function readOnce(walk: Walk, field: string, fieldCost: FieldCost, args: Record<string, unknown>, parents: Parents): boolean {
  if (walk.assumption !== 'expected' || fieldCost.kind !== 'byId' || parents.count !== 1) return false;
  const key = `byId:${field}:${JSON.stringify(args)}`;
  if (walk.shared.has(key)) return true;
  walk.shared.add(key);
  return false;
}

function ownCalls(
  walk: Walk,
  fieldCost: FieldCost,
  args: Record<string, unknown>,
  parents: Parents,
  selected: () => Set<string>,
): number {
  switch (fieldCost.kind) {
    case 'free':
      return 0;
    case 'listPage':
      return parents.count * Math.ceil(pageSizeOf(args) / fieldCost.pageSize);
    case 'byId': {
      const owners = walk.assumption === 'worst' ? parents.owners : 0;
      const atMost = fieldCost.atMost === 'owners' ? owners : (fieldCost.atMost ?? Infinity);
      return Math.min(parents.count, atMost);
    }
    case 'byIds':
      return parents.count * lengthOf(args[fieldCost.argument]);
    case 'perParent':
      return parents.count * fieldCost.calls;
    case 'batchedPerRequest': {
      const key = `${fieldCost.key}:${typeof args['locationId'] === 'string' ? args['locationId'] : ''}`;
      if (walk.shared.has(key)) return 0;
      walk.shared.add(key);
      return 1;
    }
    case 'embedded': {
      const fields = fieldCost.fields;
      const onlyEmbedded = parents.fromList && [...selected()].every((name) => name.startsWith('__') || fields.includes(name));
      return onlyEmbedded ? 0 : ownCalls(walk, fieldCost.otherwise, args, parents, selected);
    }
    case 'sum':
      return fieldCost.parts.reduce((sum, part) => sum + ownCalls(walk, part, args, parents, selected), 0);
  }
}

/** How many items a field's list (or its connection's page) holds, when its arguments say. */
function listItemsOf(fieldCost: FieldCost, args: Record<string, unknown>): number | undefined {
  if (fieldCost.kind === 'listPage') return pageSizeOf(args);
  if (fieldCost.kind === 'byIds') return lengthOf(args[fieldCost.argument]);
  return undefined;
}

function itemsOfList(type: GraphQLOutputType, pageItems: number | undefined, listItems: number): number {
  // Lists of lists (rare) multiply: each level holds at most a page.
  let items = 1;
  let level: GraphQLOutputType = getNullableType(type);
  let first = true;
  while (isListType(level)) {
    items *= first && pageItems !== undefined ? pageItems : listItems;
    first = false;
    level = getNullableType(level.ofType);
  }
  return items;
}

/** The page a connection's arguments ask for; arguments it will refuse cost nothing. */
function pageSizeOf(args: Record<string, unknown>): number {
  try {
    return forwardPage(args).size;
  } catch {
    return 0;
  }
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : value == null ? 0 : 1;
}

/** The fields a selection asks of the type below a field, over every type it may be. */
function selectedNames(walk: Walk, type: GraphQLOutputType, selectionSet: SelectionSetNode): Set<string> {
  const named = getNamedType(type);
  const types = isAbstractType(named) ? walk.schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
  return new Set(types.flatMap((object) => collectFields(walk, object, selectionSet).map(([name]) => name)));
}

function mergedSelections(nodes: FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []) };
}

/**
 * The fields a selection set asks of one object type, one entry per response key: a field asked
 * twice under two aliases is resolved, and priced, twice.
 */
function collectFields(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode): [string, FieldNode[]][] {
  return [...fieldsByKey(walk, type, selectionSet).values()].map((nodes) => [nodes[0]!.name.value, nodes]);
}

function fieldsByKey(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode): Map<string, FieldNode[]> {
  const byResponseKey = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (!included(walk, selection.directives)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          const key = selection.alias?.value ?? selection.name.value;
          byResponseKey.set(key, [...(byResponseKey.get(key) ?? []), selection]);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (!selection.typeCondition || applies(walk, selection.typeCondition.name.value, type)) visit(selection.selectionSet, seen);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = walk.fragments[selection.name.value];
          if (!fragment || seen.has(fragment.name.value) || !applies(walk, fragment.typeCondition.name.value, type)) break;
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
          break;
        }
      }
    }
  };
  visit(selectionSet, new Set());
  return byResponseKey;
}

function applies(walk: Walk, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = walk.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

function included(walk: Walk, directives: readonly DirectiveNode[] | undefined): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value = arg?.kind === Kind.VARIABLE ? walk.variables[arg.name.value] : arg?.kind === Kind.BOOLEAN ? arg.value : undefined;
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value === false) return false;
  }
  return true;
}
