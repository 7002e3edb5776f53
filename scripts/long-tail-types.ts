/**
 * The long-tail GraphQL fields (`Query.ghl.<app>.<op>`, `Mutation.ghl.<app>.<op>`) as
 * openapi/long-tail.ts describes them, read from GHL's corrected official files. The generator
 * writes this as src/ghl/generated/long-tail.ts, from which src/schema/long-tail builds the types.
 *
 * An object schema becomes an object type (as input, an input type), a property a camelCase field
 * that reads or writes GHL's own key. JSON stands only where the file is untyped: an object
 * without properties, a oneOf/anyOf, a list of lists, or no type at all. Enums stay strings whose
 * description lists the values, and numbers are Float (GHL's integers include millisecond
 * timestamps beyond GraphQL's 32-bit Int): an answer GHL extends never fails a query.
 */
import { pascal, specCatalog } from '../openapi/catalog.ts';
import type { LongTailApp, LongTailArgument, LongTailField, LongTailObject, LongTailOperation, LongTailType } from '../openapi/long-tail.ts';
import { loadApp, loadCommon, requestMedia, specApps, successResponse, type JsonSchema, type SpecDocument, type SpecOperation } from '../openapi/spec.ts';

export const camel = (text: string) => {
  // Keys like `13-17` and `65+` (age brackets) keep their meaning as n13To17 and n65Plus.
  const name = pascal(/^[0-9]/.test(text) ? text.replaceAll('-', ' to ').replaceAll('+', ' plus ') : text);
  const lowered = name.slice(0, 1).toLowerCase() + name.slice(1);
  return /^[a-z]/.test(lowered) ? lowered : `n${name}`;
};

/** A description as the schema lint wants it: present and capitalised. */
const described = (text: unknown, fallback: string): string => {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const chosen = trimmed || fallback;
  return chosen[0]!.toUpperCase() + chosen.slice(1);
};

const enumNote = (schema: JsonSchema) =>
  Array.isArray(schema.enum) ? ` One of: ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}.` : '';

/** Names unique within one scope: `name`, then `name2`, `name3`, ... */
const uniqueIn = (used: Set<string>) => (wanted: string) => {
  let name = wanted;
  for (let n = 2; used.has(name); n++) name = `${wanted}${n}`;
  used.add(name);
  return name;
};

/** GraphQL field names for an object's keys, camelCase and unique within it. */
const fieldNames = (keys: string[]) => {
  const unique = uniqueIn(new Set());
  return keys.map((key) => ({ key, name: unique(camel(key)) }));
};

/** A type with its list wrapping, written as SDL; `required` adds the `!`. */
interface Typed {
  name: string;
  list: boolean;
}
const sdl = ({ name, list }: Typed, required = false): LongTailType => `${list ? `[${name}]` : name}${required ? '!' : ''}`;

const field = (name: string, type: LongTailType, description: string, key: string): LongTailField =>
  key === name ? [name, type, description] : [name, type, description, key];

interface InputOf {
  typed: Typed;
  /** An object of it has required fields. */
  mandatory: boolean;
}

interface ObjectSchema {
  properties: [string, JsonSchema][];
  required: Set<string>;
  description: unknown;
}

const LOCAL_REF = '#/components/schemas/';
const COMMON_REF = '../common/common-schemas.json#/components/schemas/';
const JSON_TYPE: Typed = { name: 'JSON', list: false };

/** The types of one app's file, made on first use and shared by all its operations. */
class AppTypes {
  readonly objects: LongTailObject[] = [];
  readonly inputs: LongTailObject[] = [];
  readonly #outputs = new Map<string, Typed>();
  readonly #inputs = new Map<string, InputOf>();

  constructor(
    readonly app: string,
    private readonly doc: SpecDocument,
    private readonly common: SpecDocument,
    /** Every GraphQL type name handed out, across apps, so two schemas never share one. */
    private readonly uniqueName: (wanted: string) => string,
  ) {}

  get prefix(): string {
    return `Ghl${pascal(this.app)}`;
  }

  #typeName(wanted: string) {
    // A type named …Connection must be a Relay connection (schema lint): these are plain records.
    return this.uniqueName(wanted.replace(/Connection$/, 'ConnectionRecord'));
  }

  #component(ref: string): { schema: JsonSchema; name: string } | undefined {
    if (ref.startsWith(LOCAL_REF)) {
      const name = ref.slice(LOCAL_REF.length);
      const schema = this.doc.components.schemas?.[name];
      return schema && { schema, name };
    }
    if (ref.startsWith(COMMON_REF)) {
      const name = ref.slice(COMMON_REF.length);
      const schema = this.common.components.schemas?.[name];
      return schema && { schema, name: `Common ${name}` };
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
  #scalar(schema: JsonSchema): string | undefined {
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

  /** The description of a property or parameter: its own or its fallback, and its enum values. */
  describe(schema: JsonSchema | undefined, own: unknown, fallback: string): string {
    return described(own, fallback) + (schema ? enumNote(this.#resolved(schema)) : '');
  }

  #propertyDescription(schema: JsonSchema, fallback: string) {
    return this.describe(schema, this.#resolved(schema).description ?? schema.description, fallback);
  }

  /** The output type of `schema`; `hint` names it when it is an inline object. */
  output(schema: JsonSchema | undefined, hint: string): Typed {
    if (!schema) return JSON_TYPE;
    const key = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const cached = key && this.#outputs.get(key);
    if (cached) return cached;
    const named = key ? this.#component(key)?.name : undefined;
    const object = this.#objectSchema(schema);
    if (object) {
      const typeName = this.#typeName(`${this.prefix}${pascal(named ?? hint)}`);
      const typed = { name: typeName, list: false };
      if (key) this.#outputs.set(key, typed);
      const label = named ?? hint;
      const fields = fieldNames(object.properties.map(([property]) => property)).map(({ key: property, name }, index) => {
        const propertySchema = object.properties[index]![1];
        const type = this.output(propertySchema, `${label} ${property}`);
        return field(name, sdl(type), this.#propertyDescription(propertySchema, `\`${property}\` as GHL sends it.`), property);
      });
      this.objects.push({ name: typeName, description: described(object.description, `${label}, as GHL’s ${this.app} API sends it.`), fields });
      return typed;
    }
    const plain = this.#resolved(schema);
    if (plain.type === 'array') {
      // A list of lists has no GraphQL type that stays readable: JSON, with no types made for it.
      if (this.#resolved((plain.items ?? {}) as JsonSchema).type === 'array') return JSON_TYPE;
      return { name: this.output(plain.items as JsonSchema | undefined, `${hint} item`).name, list: true };
    }
    return { name: this.#scalar(plain) ?? 'JSON', list: false };
  }

  /** The input type of `schema`, and whether it has required fields; `omit`: keys the gateway fills. */
  input(schema: JsonSchema | undefined, hint: string, omit: readonly string[] = []): InputOf {
    const value: InputOf = { typed: JSON_TYPE, mandatory: false };
    if (!schema) return value;
    const key = typeof schema.$ref === 'string' ? [schema.$ref, ...omit].join(' without ') : undefined;
    const cached = key && this.#inputs.get(key);
    if (cached) return cached;
    const named = typeof schema.$ref === 'string' ? this.#component(schema.$ref)?.name : undefined;
    const object = this.#objectSchema(schema);
    if (object) {
      const properties = object.properties.filter(([property]) => !omit.includes(property));
      if (properties.length === 0) return value;
      const label = named ?? hint;
      const typeName = this.#typeName(`${this.prefix}${pascal(label)}${omit.length ? 'FieldsInput' : 'Input'}`);
      const built: InputOf = { typed: { name: typeName, list: false }, mandatory: properties.some(([property]) => object.required.has(property)) };
      if (key) this.#inputs.set(key, built);
      const fields = fieldNames(properties.map(([property]) => property)).map(({ key: property, name }, index) => {
        const propertySchema = properties[index]![1];
        const { typed } = this.input(propertySchema, `${label} ${property}`);
        const description = this.#propertyDescription(propertySchema, `\`${property}\` as GHL takes it.`);
        return field(name, sdl(typed, object.required.has(property)), description, property);
      });
      this.inputs.push({ name: typeName, description: described(object.description, `${label}, as GHL’s ${this.app} API takes it.`), fields });
      return built;
    }
    const plain = this.#resolved(schema);
    if (plain.type === 'array') {
      if (this.#resolved((plain.items ?? {}) as JsonSchema).type === 'array') return value;
      return { typed: { name: this.input(plain.items as JsonSchema | undefined, `${hint} item`).typed.name, list: true }, mandatory: false };
    }
    return { typed: { name: this.#scalar(plain) ?? 'JSON', list: false }, mandatory: false };
  }
}

/** One long-tail field: its arguments (GHL's path and query parameters, the body), its answer. */
function operationOf(types: AppTypes, name: string, field: string, op: SpecOperation): LongTailOperation {
  const entry = specCatalog().get(name)!;
  const location = entry.location;
  const hint = pascal(entry.operationId);
  const args: LongTailArgument[] = [];
  const argName = uniqueIn(new Set(location ? ['locationId', 'input'] : ['input']));
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    // The gateway fills the location (and an altId's altType) from its own `locationId` argument.
    const placedHere = location && location.in === p.in && (p.name === location.name || (location.name === 'altId' && p.name === 'altType'));
    if (placedHere) continue;
    const { typed } = types.input(p.schema, `${hint} ${p.name}`);
    const description = types.describe(p.schema, (p as { description?: unknown }).description, `\`${p.name}\` in the ${p.in}.`);
    const arg = argName(camel(p.name));
    const type = sdl(typed, p.in === 'path' || p.required === true);
    args.push(arg === p.name ? [arg, type, description, p.in] : [arg, type, description, p.in, p.name]);
  }
  const media = requestMedia(op);
  const omitted = location?.in === 'body' ? [location.name, ...(location.name === 'altId' ? ['altType'] : [])] : [];
  const body = media && types.input(media.schema, `${hint} Body`, omitted);
  const fileRequiresBody = op.requestBody?.required === true;
  const summary = (op as { summary?: unknown }).summary;
  const detail = (op as { description?: unknown }).description;
  return {
    operation: name,
    field,
    description: `${described(summary ?? detail, `${entry.operationId} of GHL’s ${entry.app} API.`)} (\`${entry.method} ${entry.path}\`, ${entry.app}.json \`${entry.operationId}\`.)`,
    args,
    body: body
      ? {
          // A required body with no required field (or untyped) may be left out: `{}` goes in its place.
          type: sdl(body.typed, fileRequiresBody && (body.mandatory || body.typed.list)),
          media: media.type,
          emptyWhenOmitted: fileRequiresBody && media.type === 'application/json',
        }
      : null,
    response: sdl(types.output(successResponse(op)?.media?.schema, `${hint} Response`)),
  };
}

const byName = (a: LongTailObject, b: LongTailObject) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Every app's long-tail fields and types, in the catalog's order of apps and operations. */
export function longTailApps(): LongTailApp[] {
  const catalog = [...specCatalog()];
  const common = loadCommon();
  const uniqueName = uniqueIn(new Set());
  return specApps().map((app) => {
    const doc = loadApp(app);
    const types = new AppTypes(app, doc, common, uniqueName);
    const operations = (reads: boolean) => {
      const fieldName = uniqueIn(new Set());
      return catalog
        .filter(([, entry]) => entry.app === app && (entry.method === 'GET') === reads)
        .map(([name, entry]) => operationOf(types, name, fieldName(camel(entry.operationId)), doc.paths[entry.path]![entry.method.toLowerCase()]!));
    };
    const queries = operations(true);
    const mutations = operations(false);
    return { app, field: camel(app), prefix: types.prefix, queries, mutations, objects: types.objects.sort(byName), inputs: types.inputs.sort(byName) };
  });
}
