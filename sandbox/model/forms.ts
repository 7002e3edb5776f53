/**
 * Forms (forms.json) and surveys (surveys.json), and what contacts submitted through them. GHL
 * shapes a survey submission as it does a form submission, with `surveyId` for `formId`.
 */

/** FormsParams / GetSurveysSchema. */
export interface Form {
  id: string;
  name: string;
  locationId: string;
  /** The spec's `type` filter: where the form lives. */
  type: 'form' | 'quiz';
}

export interface Survey {
  id: string;
  name: string;
  locationId: string;
}

/** othersSchema: the answers by field key, and the page visit that sent them. */
export type SubmissionAnswers = Record<string, unknown> & {
  eventData: { source: string; medium: 'form' | 'survey'; mediumId: string; page: { url: string; title: string }; timestamp: number };
  fieldsOriSequance: string[];
};

/** FormsSubmissionsSubmissionsSchema / SubmissionSchema; `locationId` is kept for lookups, not served. */
export interface Submission {
  id: string;
  locationId: string;
  contactId: string;
  createdAt: string;
  name: string;
  email: string;
  others: SubmissionAnswers;
}

export type FormSubmission = Submission & { formId: string };
export type SurveySubmission = Submission & { surveyId: string };

/** A file put into a contact's file-upload custom field: the value GHL keeps under the file's id. */
export interface StoredUpload {
  meta: { fieldname: string; originalname: string; encoding: string; mimetype: string; size: number };
  url: string;
  documentId: string;
}
