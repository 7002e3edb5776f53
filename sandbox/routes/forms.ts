/**
 * Forms (forms.json, Version 2021-07-28): a location's forms, their submissions (page-numbered,
 * newest first), and uploading files into a contact's file-upload custom fields, a multipart
 * request whose file parts are named `<customFieldId>_<fileId>`. Location tokens only.
 */
import { ghlErrors } from '../http/errors.ts';
import type { StoredUpload } from '../model/index.ts';
import { isUploadedPart, type MultipartBody, type UploadedPart } from '../http/multipart.ts';
import { route, type Route } from '../http/router.ts';
import { isRecord, Validator } from '../http/validate.ts';
import { contactEvent } from '../webhooks/events.ts';
import { ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';
import { listSubmissions, skipLimit } from './submissions.ts';

const FORMS = { versions: V2021_07_28, tokens: 'location' } as const;

/** forms.json: "File size is limited to 50 MB", and only these types. */
const MAX_CUSTOM_FILE_BYTES = 50 * 1024 * 1024;
const ALLOWED_EXTENSIONS = new Set([
  'pdf', 'docx', 'doc', 'jpg', 'jpeg', 'png', 'gif', 'csv', 'xlsx', 'xls', 'mp4', 'mpeg', 'zip', 'rar', 'txt', 'svg',
]);

export const formRoutes: Route[] = [
  route('GET', '/forms/', FORMS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const type = v.oneOf('type', ['form', 'quiz']);
    const { skip, limit } = skipLimit(v);
    v.check();
    requireLocation(store, principal, locationId);
    const forms = store.forms.where((form) => form.locationId === locationId && (type === undefined || form.type === type));
    return ok({
      forms: forms.slice(skip, skip + limit).map(({ id, name, locationId: owner }) => ({ id, name, locationId: owner })),
      total: forms.length,
    });
  }),
  route('GET', '/forms/submissions', FORMS, ({ store, principal, query }) =>
    listSubmissions(store, principal, query, 'formId', (locationId) =>
      store.formSubmissions.where((submission) => submission.locationId === locationId),
    ),
  ),
  route('POST', '/forms/upload-custom-files', FORMS, ({ store, principal, query, body, emit }) => {
    const v = Validator.query(query);
    const contactId = v.string('contactId', { required: true });
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    const contact = requireContact(store, principal, contactId);
    if (contact.locationId !== locationId) throw ghlErrors.notFound('Contact');
    const files = Object.entries(formOf(body)).filter((entry): entry is [string, UploadedPart] => isUploadedPart(entry[1]));
    if (files.length === 0) throw ghlErrors.badRequest('No files were uploaded');

    const now = new Date().toISOString();
    const values = new Map(contact.customFields.map((field) => [field.id, field.value]));
    for (const [key, file] of files) {
      const separator = key.indexOf('_');
      const fieldId = key.slice(0, Math.max(0, separator));
      const fileId = key.slice(separator + 1);
      const field = store.customFields.get(fieldId);
      if (separator < 1 || fileId === '' || !field || field.locationId !== locationId || field.dataType !== 'FILE_UPLOAD') {
        throw ghlErrors.badRequest(`${key} does not name a file upload custom field as <custom_field_id>_<file_id>`);
      }
      if (file.size > MAX_CUSTOM_FILE_BYTES) throw ghlErrors.badRequest(`${file.filename} is larger than 50 MB`);
      const extension = file.filename.split('.').at(-1)?.toLowerCase() ?? '';
      if (!ALLOWED_EXTENSIONS.has(extension)) throw ghlErrors.badRequest(`${file.filename}: file type not allowed`);
      const stored: StoredUpload = {
        meta: { fieldname: key, originalname: file.filename, encoding: '7bit', mimetype: file.contentType, size: file.size },
        url: `https://services.leadconnectorhq.com/documents/download/${fileId}`,
        documentId: fileId,
      };
      const previous = values.get(fieldId);
      values.set(fieldId, { ...(isRecord(previous) ? previous : {}), [fileId]: stored });
    }
    const updated = store.contacts.insert({
      ...contact,
      customFields: [...values].map(([id, value]) => ({ id, value })),
      dateUpdated: now,
    });
    emit(contactEvent('ContactUpdate', updated));
    return ok({ contact: updated });
  }),
];

function formOf(body: unknown): MultipartBody {
  if (!isRecord(body)) throw ghlErrors.badRequest('Multipart: Boundary not found');
  return body as MultipartBody;
}
