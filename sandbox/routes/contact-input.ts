/**
 * Reads CreateContactDto and UpdateContactDto bodies (contacts.json) into contact fields, and
 * normalises what GHL normalises on write: phones to E.164, tags to trimmed lower case, birth
 * dates to YYYY-MM-DD. The two DTOs differ: only create takes locationId and gender. Update takes
 * companyName too, as GHL does, though its DTO leaves it out (openapi/overrides.ts).
 */
import type { ContactFields, DndChannel, DndSettings, InboundDndSettings } from '../model/index.ts';
import { definedOnly, isRecord, Validator } from '../http/validate.ts';

export type ContactInput = Partial<Omit<ContactFields, 'id' | 'locationId' | 'type' | 'dateAdded' | 'dateUpdated' | 'lastActivity'>>;

/** Optional fields an update may clear by sending null or "". */
const CLEARABLE = [
  'firstName', 'lastName', 'email', 'phone', 'address1', 'city', 'state', 'postalCode', 'website', 'timezone',
  'dndSettings', 'inboundDndSettings', 'source', 'dateOfBirth', 'country', 'assignedTo', 'companyName',
] as const satisfies ReadonlyArray<keyof ContactInput>;

const DND_CHANNELS: readonly DndChannel[] = ['Call', 'Email', 'SMS', 'WhatsApp', 'GMB', 'FB'];

export function readCreateContact(body: unknown): { locationId: string; fields: ContactInput } {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const fields = { ...readSharedFields(v), gender: v.string('gender') };
  v.check();
  return { locationId, fields: definedOnly(fields) };
}

/** UpsertContactDto: CreateContactDto's fields and whether a duplicate the location allows is created anew. */
export function readUpsertContact(body: unknown): { locationId: string; fields: ContactInput; createNewIfDuplicateAllowed: boolean } {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const fields = { ...readSharedFields(v), gender: v.string('gender') };
  const createNewIfDuplicateAllowed = v.boolean('createNewIfDuplicateAllowed') ?? false;
  v.check();
  return { locationId, fields: definedOnly(fields), createNewIfDuplicateAllowed };
}

export function readUpdateContact(body: unknown): { fields: ContactInput; cleared: Array<keyof ContactInput> } {
  const v = Validator.body(body);
  const fields = readSharedFields(v);
  v.check();
  return { fields: definedOnly(fields), cleared: v.clearedAmong(CLEARABLE) };
}

/** Trimmed, lower-cased and without repeats: GHL treats tags case-insensitively and stores them so. */
export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))];
}

/**
 * GHL stores phones in E.164, reading a national number in the location's country (all seeded
 * locations are in the US). Anything it cannot read as a number is kept as sent.
 */
export function normalizePhone(phone: string): string {
  const compact = phone.replace(/[\s().-]/g, '');
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  if (/^\d{10}$/.test(compact)) return `+1${compact}`;
  if (/^1\d{10}$/.test(compact)) return `+${compact}`;
  return phone.trim();
}

/** Reads the fields both DTOs share, in the spec's order, so 422 messages come in that order. */
function readSharedFields(v: Validator): ContactInput {
  const { name, phone, tags, customFields, dateOfBirth, ...fields } = {
    firstName: v.string('firstName'),
    lastName: v.string('lastName'),
    name: v.string('name'),
    email: v.email('email'),
    phone: v.string('phone'),
    address1: v.string('address1'),
    city: v.string('city'),
    state: v.string('state'),
    postalCode: v.string('postalCode'),
    website: v.string('website'),
    timezone: v.string('timezone'),
    dnd: v.boolean('dnd'),
    dndSettings: v.custom<DndSettings>('dndSettings', dndSettingsProblems),
    inboundDndSettings: v.custom<InboundDndSettings>('inboundDndSettings', inboundDndSettingsProblems),
    tags: v.stringArray('tags'),
    customFields: v.custom<Array<{ id: string; field_value?: unknown }>>('customFields', customFieldProblems),
    source: v.string('source'),
    dateOfBirth: v.custom<string>('dateOfBirth', (value) =>
      parseBirthDate(value) ? [] : ['dateOfBirth must be a date in one of the supported formats, e.g. YYYY-MM-DD'],
    ),
    country: v.string('country'),
    companyName: v.string('companyName'),
    assignedTo: v.string('assignedTo'),
  };
  const input: ContactInput = {
    ...fields,
    phone: phone === undefined ? undefined : normalizePhone(phone),
    tags: tags === undefined ? undefined : normalizeTags(tags),
    customFields: customFields?.map((field) => ({ id: field.id, value: field.field_value })),
    dateOfBirth: parseBirthDate(dateOfBirth),
  };
  // `name` alone is split the way GHL does: first word, then the rest.
  if (name !== undefined && input.firstName === undefined && input.lastName === undefined) {
    const [first, ...rest] = name.trim().split(/\s+/);
    input.firstName = first;
    if (rest.length > 0) input.lastName = rest.join(' ');
  }
  return input;
}

/** The formats the spec lists (YYYY/MM/DD, MM-DD-YYYY, ... with / - . or _), as YYYY-MM-DD. */
function parseBirthDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const yearFirst = /^(\d{4})([-/._])(\d{2})\2(\d{2})$/.exec(value);
  const monthFirst = /^(\d{2})([-/._])(\d{2})\2(\d{4})$/.exec(value);
  const [year, month, day] = yearFirst
    ? [yearFirst[1], yearFirst[3], yearFirst[4]]
    : monthFirst
      ? [monthFirst[4], monthFirst[1], monthFirst[3]]
      : [];
  const iso = `${year}-${month}-${day}`;
  return year && !Number.isNaN(Date.parse(iso)) && new Date(iso).toISOString().startsWith(iso) ? iso : undefined;
}

function dndSettingsProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['dndSettings must be an object'];
  return Object.entries(value).flatMap(([channel, setting]) =>
    DND_CHANNELS.includes(channel as DndChannel)
      ? statusProblems(`dndSettings.${channel}`, setting, ['active', 'inactive', 'permanent'])
      : [`property dndSettings.${channel} should not exist`],
  );
}

function inboundDndSettingsProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['inboundDndSettings must be an object'];
  return Object.entries(value).flatMap(([key, setting]) =>
    key === 'all'
      ? statusProblems('inboundDndSettings.all', setting, ['active', 'inactive'])
      : [`property inboundDndSettings.${key} should not exist`],
  );
}

function statusProblems(path: string, setting: unknown, statuses: string[]): string[] {
  if (!isRecord(setting)) return [`${path} must be an object`];
  const problems: string[] = [];
  if (!statuses.includes(setting.status as string)) {
    problems.push(`${path}.status must be one of the following values: ${statuses.join(', ')}`);
  }
  for (const key of ['message', 'code']) {
    if (setting[key] !== undefined && typeof setting[key] !== 'string') problems.push(`${path}.${key} must be a string`);
  }
  return problems;
}

function customFieldProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['customFields must be an array'];
  return value.flatMap((field, index) => {
    if (!isRecord(field)) return [`customFields.${index} must be an object`];
    return typeof field.id === 'string' && field.id !== '' ? [] : [`customFields.${index}.id must be a string`];
  });
}
