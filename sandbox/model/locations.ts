/** What a location defines for itself besides custom fields: its tags and its custom values. */

/** LocationTagsSchema (locations.json). */
export interface LocationTag {
  id: string;
  name: string;
  locationId: string;
}

/** CustomValueSchema (locations.json): a merge field such as {{ custom_values.booking_link }}. */
export interface CustomValue {
  id: string;
  name: string;
  fieldKey: string;
  value: string;
  locationId: string;
}

/** The data types GHL's custom field editor offers; the spec types `dataType` as a plain string. */
export const CUSTOM_FIELD_DATA_TYPES = [
  'TEXT', 'LARGE_TEXT', 'NUMERICAL', 'PHONE', 'MONETORY', 'CHECKBOX', 'SINGLE_OPTIONS', 'MULTIPLE_OPTIONS',
  'FLOAT', 'TIME', 'DATE', 'TEXTBOX_LIST', 'FILE_UPLOAD', 'SIGNATURE',
] as const;

export const CUSTOM_FIELD_MODELS = ['contact', 'opportunity'] as const;

/** GHL derives the merge tag from the name: "Booking Link" is {{ custom_values.booking_link }}. */
export function customValueKey(name: string): string {
  return `{{ custom_values.${snakeCase(name)} }}`;
}

/** A custom field's key is its model and its snake-cased name: "Company Size" is contact.company_size. */
export function customFieldKey(model: string, name: string): string {
  return `${model}.${snakeCase(name)}`;
}

function snakeCase(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
