/**
 * The GraphQL types of the long tail (./fields.ts), made from the schemas of GHL's official
 * OpenAPI files: an object type per object schema, an input type per schema taken as input, each
 * field reading or writing GHL's own key. The generator walks the files (scripts/long-tail-types.ts
 * says how) into src/ghl/generated/long-tail.ts; this builds the types from that at start-up.
 */
import { gatewayError } from '../../errors.ts';
import { longTailApps } from '../../ghl/generated/long-tail.ts';
import type { LongTailType } from '../../../openapi/long-tail.ts';
import { builder } from '../builder.ts';

/** A type of the description, read: its name, its list wrapping, and whether it is required. */
export interface Typed {
  name: string;
  list: boolean;
  required: boolean;
}

export const typed = (type: LongTailType): Typed => {
  const required = type.endsWith('!');
  const bare = required ? type.slice(0, -1) : type;
  const list = bare.startsWith('[');
  return { name: list ? bare.slice(1, -1) : bare, list, required };
};

type Record_ = Record<string, unknown>;
type ObjectRef = ReturnType<typeof builder.objectRef<Record_>>;
type InputRef = ReturnType<typeof builder.inputRef<Record_>>;

const objects = new Map<string, ObjectRef>();
const inputs = new Map<string, InputRef>();
/** Each input type's fields: the GHL key each writes, and its type. */
const inputFields = new Map<string, Map<string, { key: string; typed: Typed }>>();

/** A type by name: a scalar or one of the long tail's; the fields are built after all are named. */
const outputRef = (name: string) => (objects.get(name) ?? name) as never;
const inputRef = (name: string) => (inputs.get(name) ?? name) as never;

/** The Pothos options of an output of `type`: nullable, and so are a list's items (GHL's lists may hold nulls). */
export const outputOf = ({ name, list }: Typed) =>
  list ? { type: [outputRef(name)] as never, nullable: { list: true, items: true } as never } : { type: outputRef(name), nullable: true };

/** The Pothos options of an argument or input field of `type`. */
export const inputOf = ({ name, list, required }: Typed) =>
  list ? { type: [inputRef(name)] as never, required: { list: required, items: false } as never } : { type: inputRef(name), required };

/** What a value of GHL's answer must be to fit its field; a GraphQL scalar also takes text for a number. */
const fits = (value: unknown, name: string): boolean => {
  if (name === 'JSON') return true;
  if (objects.has(name)) return typeof value === 'object' && !Array.isArray(value);
  return typeof value !== 'object';
};

/**
 * A value of GHL's answer as its field reads it. One that contradicts the file (an object where it
 * declares a string) is UPSTREAM_ERROR on that field, not a serialisation failure of the gateway.
 */
const checked = (value: unknown, { name, list }: Typed, coordinate: string): unknown => {
  if (value === null || value === undefined) return value;
  const fitting = list ? Array.isArray(value) && value.every((item) => item === null || fits(item, name)) : fits(value, name);
  if (fitting) return value;
  throw gatewayError('UPSTREAM_ERROR', `GoHighLevel answered in an unexpected shape: ${coordinate} is not what its OpenAPI file declares`);
};

/** A GraphQL input value as GHL takes it: keys renamed back, unset fields left out. */
export const toGhl = (value: unknown, type: Typed): unknown => {
  if (value === null || value === undefined) return value;
  if (type.list) return (value as unknown[]).map((item) => toGhl(item, { ...type, list: false }));
  const fields = inputFields.get(type.name);
  if (!fields) return value;
  return Object.fromEntries(
    Object.entries(value as Record_)
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => {
        const field = fields.get(name)!;
        return [field.key, toGhl(v, field.typed)];
      }),
  );
};

for (const app of longTailApps) {
  for (const { name, description, fields } of app.objects) {
    const ref = builder.objectRef<Record_>(name);
    objects.set(name, ref);
    builder.objectType(ref, {
      description,
      fields: (t) =>
        Object.fromEntries(
          fields.map(([field, type, description, key = field]) => {
            const read = typed(type);
            const resolve = (parent: Record_) => checked(parent[key], read, `${name}.${field}`) as never;
            return [field, t.field({ ...outputOf(read), description, resolve })];
          }),
        ),
    });
  }
  for (const { name, description, fields } of app.inputs) {
    const ref = builder.inputRef<Record_>(name);
    inputs.set(name, ref);
    const members = fields.map(([field, type, description, key = field]) => ({ field, key, description, typed: typed(type) }));
    inputFields.set(name, new Map(members.map(({ field, key, typed }) => [field, { key, typed }])));
    builder.inputType(ref, {
      description,
      fields: (t) => Object.fromEntries(members.map(({ field, description, typed }) => [field, t.field({ ...inputOf(typed), description })])),
    });
  }
}
