/**
 * The forms API (forms.json): a location's forms, what visitors submitted through them, and files
 * uploaded into a contact's file-upload custom fields (a multipart request).
 */
import { define, fromSpec } from '../operation.ts';

/** FormsParams. */
export interface GhlForm {
  id: string;
  name?: string | null;
  locationId?: string | null;
}

/** `others` of a submission: the answers by field key, with the page visit that sent them. */
export type GhlSubmissionAnswers = Record<string, unknown> & {
  eventData?: Record<string, unknown> | null;
  fieldsOriSequance?: string[] | null;
};

/** FormsSubmissionsSubmissionsSchema. */
export interface GhlFormSubmission {
  id: string;
  contactId?: string | null;
  createdAt?: string | null;
  formId?: string | null;
  name?: string | null;
  email?: string | null;
  others?: GhlSubmissionAnswers | null;
}

/** metaSchema: the page-numbered lists' position. */
export interface GhlPageMeta {
  total?: number | null;
  currentPage?: number | null;
  nextPage?: number | null;
  prevPage?: number | null;
}

export const formOperations = {
  listForms: define<{ forms: GhlForm[]; total?: number }>()({
    lists: { forms: 'records' },
    ...fromSpec('formsGetForms'),
    location: { in: 'query', name: 'locationId' },
  }),
  listFormSubmissions: define<{ submissions: GhlFormSubmission[]; meta?: GhlPageMeta }>()({
    lists: { submissions: 'records' },
    ...fromSpec('formsGetFormsSubmissions'),
    location: { in: 'query', name: 'locationId' },
  }),
  uploadContactCustomFiles: define<Record<string, unknown>>()({
    ...fromSpec('formsUploadToCustomFields'),
    location: { in: 'query', name: 'locationId' },
  }),
};
