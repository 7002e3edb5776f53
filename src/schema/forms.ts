/**
 * Forms and surveys, what contacts submitted through them, and files uploaded into a contact's
 * file-upload custom fields. GHL lists forms and surveys per location only: their node key is
 * `locationId/id`, and one is read from its location's list (one call per location per request).
 * A submission has no read of its own, so it is not a node.
 */
import type { ObjectRef } from '@pothos/core';
import type { GhlFormSubmission, GhlSubmissionAnswers } from '../ghl/api/forms.ts';
import type { GhlSurveySubmission } from '../ghl/api/surveys.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as forms from '../resolvers/forms.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { ContactRef } from './contacts.ts';
import { cost } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

type FormSubmission = GhlFormSubmission & { locationId: string };
type SurveySubmission = GhlSurveySubmission & { locationId: string };

export const FormRef = builder.objectRef<forms.LocatedForm>('Form');
export const SurveyRef = builder.objectRef<forms.LocatedSurvey>('Survey');
const FormSubmissionRef = builder.objectRef<FormSubmission>('FormSubmission');
const SurveySubmissionRef = builder.objectRef<SurveySubmission>('SurveySubmission');
const FormSubmissionConnection = connectionOf(FormSubmissionRef, { noun: 'form submission' });
const SurveySubmissionConnection = connectionOf(SurveySubmissionRef, { noun: 'survey submission' });
const FormConnection = connectionOf(FormRef, { noun: 'form' });
const SurveyConnection = connectionOf(SurveyRef, { noun: 'survey' });

const FormType = builder.enumType('FormType', {
  description: 'What kind of form.',
  values: {
    FORM: { value: 'form', description: 'A form.' },
    QUIZ: { value: 'quiz', description: 'A quiz.' },
  } as const,
});

/** GraphQL leaves an absent argument undefined; the resolvers take null for "not given". */
const opt = <T>(value: T | null | undefined) => value ?? null;

locatedNode(FormRef, {
  description: 'A form of a location, as its funnels and websites embed it.',
  loadInLocation: ({ locationId, id }, ctx) => forms.findForm(ctx, locationId, id),
  ghlIdOf: (form) => form.id,
  locationIdOf: (form) => form.locationId,
  location: { description: 'The location the form belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    submissions: t.connection({
      type: FormSubmissionRef,
      description: 'What was submitted through this form, newest first.',
      extensions: { cost: cost.listPage() },
      args: submissionArgs(),
      resolve: (form, args, ctx) =>
        forms.listFormSubmissions(ctx, { ...args, locationId: form.locationId, parentId: form.id }),
    }, FormSubmissionConnection),
  }),
});

locatedNode(SurveyRef, {
  description: 'A survey of a location.',
  loadInLocation: ({ locationId, id }, ctx) => forms.findSurvey(ctx, locationId, id),
  ghlIdOf: (survey) => survey.id,
  locationIdOf: (survey) => survey.locationId,
  location: { description: 'The location the survey belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    submissions: t.connection({
      type: SurveySubmissionRef,
      description: 'What was submitted through this survey, newest first.',
      extensions: { cost: cost.listPage() },
      args: submissionArgs(),
      resolve: (survey, args, ctx) =>
        forms.listSurveySubmissions(ctx, { ...args, locationId: survey.locationId, parentId: survey.id }),
    }, SurveySubmissionConnection),
  }),
});

/** The date range and search both submission lists take; fresh refs per field, as Pothos binds each to its field. */
const submissionArgs = () =>
  builder.args((t) => ({
    startAt: t.field({ type: 'Date', description: 'Only submissions from this day on.' }),
    endAt: t.field({ type: 'Date', description: 'Only submissions up to this day, all of it included.' }),
    query: t.string({ description: 'Matches the submitter’s name or email.' }),
  }));

/** What a form submission and a survey submission share. */
type AnySubmission = Omit<GhlFormSubmission, 'formId'> & { locationId: string };
type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

for (const ref of [FormSubmissionRef, SurveySubmissionRef] as unknown as Array<ObjectRef<BuilderTypes, AnySubmission>>) {
  const answers = (submission: AnySubmission): GhlSubmissionAnswers => submission.others ?? {};
  builder.objectFields(ref, (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.exposeString('name', { description: 'Name the submitter gave.' }),
    email: t.exposeString('email', { description: 'Email the submitter gave, as GHL stores it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was submitted.', resolve: (s) => dateOf(s.createdAt) }),
    contactId: t.exposeString('contactId', { description: 'GHL id of the contact the submission made or matched.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact. Submissions of one contact share one REST call per request.',
      extensions: { cost: cost.byId() },
      resolve: (s, _, ctx) => (s.contactId ? ctx.loaders.contact.load(s.contactId) : null),
    }),
    answers: t.field({
      type: 'JSONObject',
      nullable: false,
      description: 'The answers by field key (custom fields by their id), as GHL sends them.',
      resolve: (s) => {
        const { eventData: _, fieldsOriSequance: __, ...rest } = answers(s);
        return rest;
      },
    }),
    fieldOrder: t.stringList({
      nullable: false,
      description: 'Field keys in the order the form showed them.',
      resolve: (s) => answers(s).fieldsOriSequance ?? [],
    }),
    pageUrl: t.string({
      description: 'The page it was submitted on.',
      resolve: (s) => {
        const page = answers(s).eventData?.['page'] as { url?: unknown } | undefined;
        return typeof page?.url === 'string' ? page.url : null;
      },
    }),
    source: t.string({
      description: 'Where the visitor came from (`Direct traffic`, `Organic search`, ...).',
      resolve: (s) => {
        const source = answers(s).eventData?.['source'];
        return typeof source === 'string' ? source : null;
      },
    }),
  }));
}

FormSubmissionRef.implement({
  description: 'What one visitor submitted through a form.',
  fields: (t) => ({
    formId: t.exposeString('formId', { description: 'GHL id of the form.' }),
    form: t.field({
      type: FormRef,
      description: 'The form, from its location’s list.',
      extensions: { cost: cost.batchedPerRequest('forms') },
      resolve: (s, _, ctx) => (s.formId ? forms.findForm(ctx, s.locationId, s.formId) : null),
    }),
  }),
});

SurveySubmissionRef.implement({
  description: 'What one visitor submitted through a survey.',
  fields: (t) => ({
    surveyId: t.exposeString('surveyId', { description: 'GHL id of the survey.' }),
    survey: t.field({
      type: SurveyRef,
      description: 'The survey, from its location’s list.',
      extensions: { cost: cost.batchedPerRequest('surveys') },
      resolve: (s, _, ctx) => (s.surveyId ? forms.findSurvey(ctx, s.locationId, s.surveyId) : null),
    }),
  }),
});

// Queries

builder.queryFields((t) => ({
  forms: t.connection({
    type: FormRef,
    description: 'Forms of a location.',
    extensions: { cost: cost.listPage() },
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      type: t.arg({ type: FormType, description: 'Only forms of this kind.' }),
    },
    resolve: (_, args, ctx) => forms.listForms(ctx, args),
  }, FormConnection),
  formSubmissions: t.connection({
    type: FormSubmissionRef,
    description: 'Form submissions of a location, newest first.',
    extensions: { cost: cost.listPage() },
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      formId: t.arg.id({ description: 'Only this form’s (Form id or GHL form id).' }),
      ...submissionArgs(),
    },
    resolve: (_, args, ctx) => forms.listFormSubmissions(ctx, { ...args, parentId: opt(args.formId) }),
  }, FormSubmissionConnection),
  surveys: t.connection({
    type: SurveyRef,
    description: 'Surveys of a location.',
    extensions: { cost: cost.listPage() },
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    resolve: (_, args, ctx) => forms.listSurveys(ctx, args),
  }, SurveyConnection),
  surveySubmissions: t.connection({
    type: SurveySubmissionRef,
    description: 'Survey submissions of a location, newest first.',
    extensions: { cost: cost.listPage() },
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      surveyId: t.arg.id({ description: 'Only this survey’s (Survey id or GHL survey id).' }),
      ...submissionArgs(),
    },
    resolve: (_, args, ctx) => forms.listSurveySubmissions(ctx, { ...args, parentId: opt(args.surveyId) }),
  }, SurveySubmissionConnection),
}));

builder.objectField(LocationRef, 'forms', (t) =>
  t.connection({
    type: FormRef,
    description: 'Forms of the location.',
    extensions: { cost: cost.listPage() },
    args: { type: t.arg({ type: FormType, description: 'Only forms of this kind.' }) },
    resolve: (location, args, ctx) => forms.listForms(ctx, { ...args, locationId: location.id }),
  }, FormConnection),
);

builder.objectField(LocationRef, 'surveys', (t) =>
  t.connection({
    type: SurveyRef,
    description: 'Surveys of the location.',
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => forms.listSurveys(ctx, { ...args, locationId: location.id }),
  }, SurveyConnection),
);

// Uploads

const UploadedContactFileRef = builder.objectRef<forms.UploadedContactFile>('UploadedContactFile').implement({
  description: 'A file put into a contact’s file-upload custom field.',
  fields: (t) => ({
    fileId: t.exposeString('fileId', { nullable: false, description: 'Its id within the custom field’s value.' }),
    customFieldId: t.exposeString('customFieldId', { nullable: false, description: 'GHL id of the custom field.' }),
    name: t.exposeString('name', { nullable: false, description: 'File name, as uploaded.' }),
    size: t.exposeInt('size', { nullable: false, description: 'Size in bytes.' }),
    contentType: t.exposeString('contentType', { nullable: false, description: 'MIME type, as uploaded.' }),
  }),
});

const UploadContactFilesPayload = builder.objectRef<forms.ContactFilesUploaded>('UploadContactFilesPayload').implement({
  description: 'Files put into a contact’s custom field.',
  fields: (t) => ({
    files: t.field({ type: [UploadedContactFileRef], nullable: false, description: 'The files, in the order sent.', resolve: (p) => p.files }),
    contact: t.field({
      type: ContactRef,
      nullable: false,
      description: 'The contact after the upload (free when GHL answered with it).',
      extensions: { cost: cost.byId() },
      resolve: (p, _, ctx) => p.contact ?? ctx.loaders.contact.load(p.contactId),
    }),
  }),
});

builder.mutationField('uploadContactFiles', (t) =>
  t.field({
    type: UploadContactFilesPayload,
    nullable: false,
    description: `Upload files (a GraphQL multipart request) into a contact’s file-upload custom field: at most ${forms.MAX_FILES_PER_UPLOAD} files of up to 50 MB each.`,
    extensions: { cost: cost.perParent(2) },
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      customFieldId: t.arg.string({ required: true, description: 'GHL id of a file-upload custom field of the contact’s location.' }),
      files: t.arg({ type: ['File'], required: true, description: 'The files.' }),
      locationId: t.arg.id({ description: 'The contact’s location; read from the contact (one more call) when left out.' }),
    },
    resolve: (_, args, ctx) =>
      forms.uploadContactFiles(ctx, {
        contactId: args.contactId,
        customFieldId: args.customFieldId,
        files: args.files,
        locationId: opt(args.locationId),
      }),
  }),
);
