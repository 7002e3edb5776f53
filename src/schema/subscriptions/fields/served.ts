/**
 * The record an event is about, through the same GraphQL type as queries. Most webhooks carry the
 * record, or part of it: when the payload answers every field a subscriber selects of it, the
 * record is served from the payload (no REST call, however many subscribers and events); when the
 * selection asks for more, the record is read through the loaders, as it is now. This is what a
 * contact embedded in a search result does for queries, applied to webhooks.
 *
 * Which fields a payload answers is listed per type, field by field, with the keys of the REST
 * shape each reads. A field not listed (one added to the type later, say) is never served from a
 * payload, so the worst a stale list costs is a REST call.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The keys a field reads, all of which must be in the record; or, for a field of object type whose
 * sub-objects the payload carries only in part, those keys and the sub-fields the payload answers.
 */
export type Answer<T> = readonly (keyof T & string)[] | { readonly from: readonly (keyof T & string)[]; readonly only: readonly string[] };

/** GraphQL field name of the record's type -> what it reads. */
export type Answers<T> = Readonly<Record<string, Answer<T>>>;

/** The record from the payload when it answers the selection, else `load()`. */
export function servedOrLoaded<T>(info: GraphQLResolveInfo, record: Partial<T>, answers: Answers<T>, load: () => Promise<T>): T | Promise<T> {
  return answersSelection(info, record, answers) ? (record as T) : load();
}

function answersSelection<T>(info: GraphQLResolveInfo, record: Partial<T>, answers: Answers<T>): boolean {
  const present = (keys: readonly (keyof T & string)[]) => keys.every((key) => record[key] !== undefined);
  const answered = (field: FieldNode): boolean => {
    const answer = answers[field.name.value];
    if (!answer) return false;
    if (isKeyList(answer)) return present(answer);
    return present(answer.from) && everyField(info, field.selectionSet, (sub) => answer.only.includes(sub.name.value));
  };
  return info.fieldNodes.every((node) => everyField(info, node.selectionSet, answered));
}

function isKeyList<T>(answer: Answer<T>): answer is readonly (keyof T & string)[] {
  return Array.isArray(answer);
}

/** Every field selected directly (through fragments) passes `test`; `__typename` always does. */
function everyField(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, test: (field: FieldNode) => boolean): boolean {
  return (selectionSet?.selections ?? []).every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === '__typename' || test(selection);
      case Kind.INLINE_FRAGMENT:
        return everyField(info, selection.selectionSet, test);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return fragment !== undefined && everyField(info, fragment.selectionSet, test);
      }
    }
  });
}

/** What the record field of each family says about where its data comes from. */
export function recordDescription(name: string, { deletable = true } = {}): string {
  return (
    `The ${name}, through the same type as queries. What the webhook carries is served from it at no cost; ` +
    `selecting anything more reads the ${name} from GoHighLevel as it is now (one call per event).` +
    (deletable ? ' Null after a delete.' : '')
  );
}
