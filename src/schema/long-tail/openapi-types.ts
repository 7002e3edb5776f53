/**
 * GraphQL types built from the schemas of GHL's official OpenAPI files, for the long-tail fields
 * (./fields.ts): an object schema becomes an object type (as input, an input type), a property a
 * camelCase field that reads or writes GHL's own key. JSON stands only where the file is untyped:
 * an object without properties, a oneOf/anyOf, a list of lists, or no type at all. Enums stay
 * strings whose description lists the values, and numbers are Float (GHL's integers include
 * millisecond timestamps beyond GraphQL's 32-bit Int): an answer GHL extends never fails a query.
 */
import { gatewayError } from '../../errors.ts';
import { loadCommon, type JsonSchema, type SpecDocument } from '../../../openapi/spec.ts';
import { builder } from '../builder.ts';

const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
export const pascal = (text: string) => words(text).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
export const camel = (text: string) => {
  // Keys like `13-17` and `65+` (age brackets) keep their meaning as n13To17 and n65Plus.
  const name = pascal(/^[0-9]/.test(text) ? text.replaceAll('-', ' to ').replaceAll('+', ' plus ') : text);
  const lowered = name.slice(0, 1).toLowerCase() + name.slice(1);
  return /^[a-z]/.test(lowered) ? lowered : `n${name}`;
};

/** A description as the schema lint wants it: present and capitalised. */
export const described = (text: unknown, fallback: string): string => {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const chosen = trimmed || fallback;
  return chosen[0]!.toUpperCase() + chosen.slice(1);
};

const enumNote = (schema: JsonSchema) =>
  Array.isArray(schema.enum) ? ` One of: ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}.` : '';

type Scalar = 'String' | 'Float' | 'Boolean' | 'JSON';
type Record_ = Record<string, unknown>;
type ObjectRef = ReturnType<typeof builder.objectRef<Record_>>;
type InputRef_ = ReturnType<typeof builder.inputRef<Record_>>;
type OutputRef = Scalar | ObjectRef;
type InputRef = Scalar | InputRef_;

/** A GraphQL type with its list wrapping: GHL's lists may hold nulls, so items stay nullable. */
export interface Typed<R> {
  type: R;
  list: boolean;
}

/** How a GraphQL input value becomes what GHL takes: keys renamed back, nested alike. */
export type InputShape =
  | { kind: 'value' }
  | { kind: 'list'; of: InputShape }
  | { kind: 'object'; fields: () => Map<string, { key: string; shape: InputShape }> };

const LOCAL_REF = '#/components/schemas/';
const COMMON_REF = '../common/common-schemas.json#/components/schemas/';

/** Every GraphQL type name handed out, so two schemas never share one. */
const taken = new Set<string>();
const uniqueName = (wanted: string) => {
  // A type named …Connection must be a Relay connection (schema lint): these are plain records.
  const base = wanted.replace(/Connection$/, 'ConnectionRecord');
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
};

/** GraphQL field names for an object's keys, camelCase and unique within it. */
const fieldNames = (keys: string[]) => {
  const used = new Set<string>();
  return keys.map((key) => {
    let name = camel(key);
    for (let n = 2; used.has(name); n++) name = `${camel(key)}${n}`;
    used.add(name);
    return { key, name };
  });
};

/** An input type, how its values go back to GHL, and whether an object of it has required fields. */
export interface InputOf {
  typed: Typed<InputRef>;
  shape: InputShape;
  mandatory: boolean;
}

interface ObjectSchema {
  properties: [string, JsonSchema][];
  required: Set<string>;
  description: unknown;
}

/** The types of one app's file, made on first use and shared by all its operations. */
export class AppTypes {
  readonly #outputs = new Map<string, Typed<OutputRef>>();
  readonly #inputs = new Map<string, InputOf>();
  readonly #common = loadCommon();

  constructor(
    private readonly app: string,
    private readonly doc: SpecDocument,
  ) {}

  get prefix(): string {
    return `Ghl${pascal(this.app)}`;
  }

  #component(ref: string): { schema: JsonSchema; doc: SpecDocument; name: string } | undefined {
    if (ref.startsWith(LOCAL_REF)) {
      const name = ref.slice(LOCAL_REF.length);
      const schema = this.doc.components.schemas?.[name];
      return schema && { schema, doc: this.doc, name };
    }
    if (ref.startsWith(COMMON_REF)) {
      const name = ref.slice(COMMON_REF.length);
      const schema = this.#common.components.schemas?.[name];
      return schema && { schema, doc: this.#common, name: `Common ${name}` };
    }
    return undefined;
  }

  /** The properties an object schema declares, through $ref and allOf; undefined if it is not one. */
  #objectSchema(schema: JsonSchema, seen = new Set<string>()): ObjectSchema | undefined {
    if (typeof schema.$ref === 'string') {
      if (seen.has(schema.$ref)) return undefined;
      const target = this.#component(schema.$ref);
      return target && this.#objectSchema(target.schema, new Set([...seen, schema.$ref]));
    }
    if (Array.isArray(schema.allOf)) {
      const parts = (schema.allOf as JsonSchema[]).map((part) => this.#objectSchema(part, seen));
      if (parts.some((part) => !part)) return undefined;
      return {
        properties: [...new Map(parts.flatMap((part) => part!.properties)).entries()],
        required: new Set(parts.flatMap((part) => [...part!.required])),
        description: schema.description ?? parts.find((part) => part!.description)?.description,
      };
    }
    if ((schema.type !== 'object' && schema.type !== undefined) || !schema.properties) return undefined;
    const properties = Object.entries(schema.properties as Record<string, JsonSchema>);
    if (properties.length === 0) return undefined;
    return { properties, required: new Set((schema.required ?? []) as string[]), description: schema.description };
  }

  /** The scalar a non-object schema is, or undefined for an array. */
  #scalar(schema: JsonSchema): Scalar | undefined {
    if (Array.isArray(schema.enum)) return schema.enum.every((v) => typeof v === 'string') ? 'String' : 'JSON';
    switch (schema.type) {
      case 'string':
        return 'String';
      case 'integer':
      case 'number':
        return 'Float';
      case 'boolean':
        return 'Boolean';
      case 'array':
        return undefined;
      default:
        return 'JSON';
    }
  }

  #resolved(schema: JsonSchema): JsonSchema {
    if (typeof schema.$ref !== 'string') return schema;
    return this.#component(schema.$ref)?.schema ?? {};
  }

  /** What a property's description adds: its enum values. */
  note(schema: JsonSchema | undefined): string {
    return schema ? enumNote(this.#resolved(schema)) : '';
  }

  /** The output type of `schema`; `hint` names it when it is an inline object. */
  output(schema: JsonSchema | undefined, hint: string): Typed<OutputRef> {
    if (!schema) return { type: 'JSON', list: false };
    const key = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const cached = key && this.#outputs.get(key);
    if (cached) return cached;
    const named = key ? this.#component(key)?.name : undefined;
    const object = this.#objectSchema(schema);
    if (object) {
      const ref = builder.objectRef<Record_>(uniqueName(`${this.prefix}${pascal(named ?? hint)}`));
      const typed = { type: ref as OutputRef, list: false };
      if (key) this.#outputs.set(key, typed);
      this.#implementOutput(ref, object, named ?? hint);
      return typed;
    }
    const plain = this.#resolved(schema);
    if (plain.type === 'array') {
      // A list of lists has no GraphQL type that stays readable: JSON, with no types made for it.
      if (this.#resolved((plain.items ?? {}) as JsonSchema).type === 'array') return { type: 'JSON', list: false };
      const item = this.output(plain.items as JsonSchema | undefined, `${hint} item`);
      return { type: item.type, list: true };
    }
    return { type: this.#scalar(plain) ?? 'JSON', list: false };
  }

  #implementOutput(ref: ObjectRef, object: ObjectSchema, name: string) {
    builder.objectType(ref, {
      description: described(object.description, `${name}, as GHL’s ${this.app} API sends it.`),
      fields: (t) =>
        Object.fromEntries(
          fieldNames(object.properties.map(([key]) => key)).map(({ key, name: field }, index) => {
            const schema = object.properties[index]![1];
            const typed = this.output(schema, `${name} ${key}`);
            const description = described(this.#resolved(schema).description ?? schema.description, `\`${key}\` as GHL sends it.`) + this.note(schema);
            const resolve = (parent: Record_) => checked(parent[key], typed, `${ref.name}.${field}`) as never;
            return [
              field,
              typed.list
                ? t.field({ type: [typed.type] as never, nullable: { list: true, items: true } as never, description, resolve })
                : t.field({ type: typed.type as never, nullable: true, description, resolve }),
            ];
          }),
        ),
    });
  }

  /** The input type of `schema`, and how its values go back to GHL's keys; `omit`: keys the gateway fills. */
  input(schema: JsonSchema | undefined, hint: string, omit: readonly string[] = []): InputOf {
    const value: InputOf = { typed: { type: 'JSON', list: false }, shape: { kind: 'value' }, mandatory: false };
    if (!schema) return value;
    const key = typeof schema.$ref === 'string' ? [schema.$ref, ...omit].join(' without ') : undefined;
    const cached = key && this.#inputs.get(key);
    if (cached) return cached;
    const named = typeof schema.$ref === 'string' ? this.#component(schema.$ref)?.name : undefined;
    const object = this.#objectSchema(schema);
    if (object) {
      const properties = object.properties.filter(([property]) => !omit.includes(property));
      if (properties.length === 0) return value;
      const suffix = omit.length ? ' Fields Input' : ' Input';
      const ref = builder.inputRef<Record_>(uniqueName(`${this.prefix}${pascal(named ?? hint)}${pascal(suffix)}`));
      let fields: Map<string, { key: string; shape: InputShape }> | undefined;
      const mandatory = properties.some(([property]) => object.required.has(property));
      const built: InputOf = { typed: { type: ref, list: false }, shape: { kind: 'object', fields: () => fields! }, mandatory };
      if (key) this.#inputs.set(key, built);
      const names = fieldNames(properties.map(([property]) => property));
      const members = names.map(({ key: property, name }, index) => {
        const propertySchema = properties[index]![1];
        return { property, name, schema: propertySchema, ...this.input(propertySchema, `${named ?? hint} ${property}`) };
      });
      fields = new Map(members.map((m) => [m.name, { key: m.property, shape: m.shape }]));
      builder.inputType(ref, {
        description: described(object.description, `${named ?? hint}, as GHL’s ${this.app} API takes it.`),
        fields: (t) =>
          Object.fromEntries(
            members.map((m) => {
              const description = described(this.#resolved(m.schema).description ?? m.schema.description, `\`${m.property}\` as GHL takes it.`) + this.note(m.schema);
              const required = object.required.has(m.property);
              return [
                m.name,
                m.typed.list
                  ? t.field({ type: [m.typed.type] as never, required: { list: required, items: false } as never, description })
                  : t.field({ type: m.typed.type as never, required, description }),
              ];
            }),
          ),
      });
      return built;
    }
    const plain = this.#resolved(schema);
    if (plain.type === 'array') {
      if (this.#resolved((plain.items ?? {}) as JsonSchema).type === 'array') return value;
      const item = this.input(plain.items as JsonSchema | undefined, `${hint} item`);
      return { typed: { type: item.typed.type, list: true }, shape: { kind: 'list', of: item.shape }, mandatory: false };
    }
    return { typed: { type: this.#scalar(plain) ?? 'JSON', list: false }, shape: { kind: 'value' }, mandatory: false };
  }
}

/** What a value of GHL's answer must be to fit its field; a GraphQL scalar also takes text for a number. */
const fits = (value: unknown, type: OutputRef): boolean => {
  if (type === 'JSON') return true;
  if (typeof type !== 'string') return typeof value === 'object' && !Array.isArray(value);
  return typeof value !== 'object';
};

/**
 * A value of GHL's answer as its field reads it. One that contradicts the file (an object where it
 * declares a string) is UPSTREAM_ERROR on that field, not a serialisation failure of the gateway.
 */
const checked = (value: unknown, typed: Typed<OutputRef>, coordinate: string): unknown => {
  if (value === null || value === undefined) return value;
  const fitting = typed.list ? Array.isArray(value) && value.every((item) => item === null || fits(item, typed.type)) : fits(value, typed.type);
  if (fitting) return value;
  throw gatewayError('UPSTREAM_ERROR', `GoHighLevel answered in an unexpected shape: ${coordinate} is not what its OpenAPI file declares`);
};

/** A GraphQL input value as GHL takes it: keys renamed back, unset fields left out. */
export const toGhl = (value: unknown, shape: InputShape): unknown => {
  if (value === null || value === undefined) return value;
  if (shape.kind === 'list') return (value as unknown[]).map((item) => toGhl(item, shape.of));
  if (shape.kind === 'value') return value;
  const fields = shape.fields();
  return Object.fromEntries(
    Object.entries(value as Record_)
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => {
        const field = fields.get(name)!;
        return [field.key, toGhl(v, field.shape)];
      }),
  );
};
