/**
 * Forms and surveys, their submissions with the contacts behind them, and files uploaded into a
 * contact's file-upload custom field, end to end against the sandbox: reads are checked against
 * what the sandbox answers over REST, calls are counted in its request log, and an upload is a
 * real GraphQL multipart request whose file the sandbox must receive intact.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Form, FormSubmission, Survey, SurveySubmission } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { gqlUpload, pdfBytes } from './support/multipart.ts';
import { useStack } from './support/stack.ts';
import { expectError } from './support/expect-error.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

const rest = <T>(path: string) => ghlRest<T>(stack.sandbox, stack.token, 'GET', path);
const calls = (method: string, path: string | RegExp) => stack.sandbox.requests.count({ method, path });


describe('forms', () => {
  it('lists a location’s forms page by page, from the root and from the location', async () => {
    const { body } = await rest<{ forms: Form[]; total: number }>(`/forms/?locationId=${stack.locationId}&limit=100`);
    expect(body.forms.length).toBeGreaterThan(3);
    const first = await stack.gql(graphql(`query FirstForms { forms(first: 2) { totalCount edges { node { id ghlId name locationId } } pageInfo { hasNextPage endCursor } } }`));
    expect(first.errors).toBeUndefined();
    expect(first.data.forms!.totalCount).toBe(body.total);
    expect(first.data.forms!.edges.map((e) => e.node.ghlId)).toEqual(body.forms.slice(0, 2).map((f) => f.id));
    expect(first.data.forms!.pageInfo.hasNextPage).toBe(true);
    const rest2 = await stack.gql(graphql(`query LocationFormsAfter($after: String) { location { forms(first: 100, after: $after) { edges { node { ghlId name } } } } }`), {
      after: first.data.forms!.pageInfo.endCursor,
    });
    expect(rest2.data.location!.forms!.edges.map((e) => e.node)).toEqual(body.forms.slice(2).map((f) => ({ ghlId: f.id, name: f.name })));

    const quizzes = await stack.gql(graphql(`query Quizzes { forms(type: QUIZ) { edges { node { name } } } }`));
    expect(quizzes.data.forms!.edges.map((e) => e.node.name)).toEqual(
      stack.sandbox.store.forms.where((f) => f.locationId === stack.locationId && f.type === 'quiz').map((f) => f.name),
    );
  });

  it('reads a form again by its global id, from its location’s list', async () => {
    const { data } = await stack.gql(graphql(`query FirstForm { forms(first: 1) { edges { node { id ghlId name } } } }`));
    const form = data.forms!.edges[0]!.node;
    stack.sandbox.requests.clear();
    const again = await stack.gql(graphql(`query FormNode($id: ID!) { node(id: $id) { ... on Form { ghlId name location { ghlId } } } }`), { id: form.id });
    expect(again.errors).toBeUndefined();
    expect(again.data.node).toEqual({ ghlId: form.ghlId, name: form.name, location: { ghlId: stack.locationId } });
    expect(calls('GET', '/forms/')).toBe(1);
  });

  it('lists submissions of one form in a date range, as GHL does, with their answers', async () => {
    const form = stack.sandbox.store.forms.where((f) => f.locationId === stack.locationId)[0]!;
    const query = `locationId=${stack.locationId}&formId=${form.id}&startAt=2025-03-01&endAt=2025-10-31&limit=100`;
    const { body } = await rest<{ submissions: FormSubmission[]; meta: { total: number } }>(`/forms/submissions?${query}`);
    expect(body.submissions.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query FormSubmissionsInRange($formId: ID!) { formSubmissions(formId: $formId, startAt: "2025-03-01", endAt: "2025-10-31", first: 100) {
        totalCount edges { node { ghlId name email contactId createdAt answers fieldOrder pageUrl source formId form { ghlId name } } } } }`),
      { formId: form.id },
    );
    expect(errors).toBeUndefined();
    expect(data.formSubmissions!.totalCount).toBe(body.meta.total);
    expect(data.formSubmissions!.edges.map((e) => e.node)).toEqual(
      body.submissions.map((s) => {
        const { eventData, fieldsOriSequance, ...answers } = s.others;
        return {
          ghlId: s.id, name: s.name, email: s.email, contactId: s.contactId, createdAt: new Date(s.createdAt).toISOString(),
          answers, fieldOrder: fieldsOriSequance, pageUrl: eventData.page.url, source: eventData.source,
          formId: form.id, form: { ghlId: form.id, name: form.name },
        };
      }),
    );
    const sent = stack.sandbox.requests.entries.filter((e) => e.path === '/forms/submissions').at(-1)!;
    expect(sent.query).toMatchObject({ formId: form.id, startAt: '2025-03-01', endAt: '2025-10-31', page: '1', limit: '100' });
    // Every submission names its form: one list of the location's forms serves them all.
    expect(calls('GET', '/forms/')).toBe(1);
  });

  it('loads the contact of many submissions with one call per distinct contact', async () => {
    const { data, errors } = await stack.gql(graphql(`query SubmissionContacts { formSubmissions(first: 40) { edges { node { contactId contact { ghlId email } } } } }`));
    expect(errors).toBeUndefined();
    const nodes = data.formSubmissions!.edges.map((e) => e.node);
    const distinct = new Set(nodes.map((n) => n.contactId));
    // The seed has regulars who submit again and again: a page repeats contacts.
    expect(distinct.size).toBeLessThan(nodes.length);
    for (const node of nodes) expect(node.contact?.ghlId).toBe(node.contactId);
    expect(calls('GET', /^\/contacts\/[^/]+$/)).toBe(distinct.size);
    expect(calls('GET', '/forms/submissions')).toBe(1);
  });

  it('pages submissions by GHL page numbers, even when first changes between pages', async () => {
    const all = (await rest<{ submissions: FormSubmission[] }>(`/forms/submissions?locationId=${stack.locationId}&limit=100`)).body.submissions;
    const first = await stack.gql(graphql(`query FirstSubmissions { formSubmissions(first: 3) { edges { node { ghlId } } pageInfo { endCursor hasNextPage } } }`));
    expect(first.data.formSubmissions!.edges.map((e) => e.node.ghlId)).toEqual(all.slice(0, 3).map((s) => s.id));
    stack.sandbox.requests.clear();
    const next = await stack.gql(graphql(`query SubmissionsAfter($after: String) { formSubmissions(first: 5, after: $after) { edges { node { ghlId } } pageInfo { hasPreviousPage } } }`), {
      after: first.data.formSubmissions!.pageInfo.endCursor,
    });
    expect(next.data.formSubmissions!.edges.map((e) => e.node.ghlId)).toEqual(all.slice(3, 8).map((s) => s.id));
    expect(next.data.formSubmissions!.pageInfo.hasPreviousPage).toBe(true);
    // Offset 3 with pages of 5 straddles pages 1 and 2.
    expect(stack.sandbox.requests.entries.map((e) => e.query['page'])).toEqual(['1', '2']);
  });

  it('refuses a date range that ends before it starts, without calling GHL', async () => {
    const response = await stack.gql(graphql(`query SubmissionsBackwards { formSubmissions(startAt: "2025-05-02", endAt: "2025-05-01") { totalCount } }`));
    expectError(response, 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });
});

describe('surveys', () => {
  it('lists surveys and their submissions with contacts', async () => {
    const { body } = await rest<{ surveys: Survey[]; total: number }>(`/surveys/?locationId=${stack.locationId}&limit=100`);
    const { data, errors } = await stack.gql(graphql(`query LocationSurveys { location { surveys { totalCount edges { node { id ghlId name } } } } }`));
    expect(errors).toBeUndefined();
    expect(data.location!.surveys!.totalCount).toBe(body.total);
    expect(data.location!.surveys!.edges.map((e) => e.node.ghlId)).toEqual(body.surveys.map((s) => s.id));

    const survey = data.location!.surveys!.edges[0]!.node;
    const expected = (await rest<{ submissions: SurveySubmission[] }>(`/surveys/submissions?locationId=${stack.locationId}&surveyId=${survey.ghlId}&limit=100`)).body;
    const subs = await stack.gql(graphql(`query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 50) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }`), {
      id: survey.id,
    });
    expect(subs.errors).toBeUndefined();
    expect(subs.data.surveySubmissions!.edges.map((e) => e.node)).toEqual(
      expected.submissions.map((s) => ({ ghlId: s.id, surveyId: survey.ghlId, survey: { name: survey.name }, contact: { ghlId: s.contactId } })),
    );
    const via = await stack.gql(graphql(`query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }`), { id: survey.id });
    expect(via.data.node?.__typename === 'Survey' && via.data.node.submissions!.edges.map((e) => e.node.ghlId)).toEqual(expected.submissions.slice(0, 2).map((s) => s.id));
  });
});

describe('uploading files into a contact’s custom field', () => {
  const upload = graphql(`mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {
    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {
      files { fileId customFieldId name size contentType }
      contact { ghlId customFields { fieldId value } }
    } }`);
  const uploadField = () =>
    stack.sandbox.store.customFields.where((f) => f.locationId === stack.locationId && f.dataType === 'FILE_UPLOAD')[0]!;
  const someContact = () => stack.sandbox.store.contactsOfLocation(stack.locationId)[7]!;

  it('sends each file to GHL as a multipart part, where it arrives with its name, size and type', async () => {
    const field = uploadField();
    const contact = someContact();
    const waiver = pdfBytes(200_000);
    const response = await gqlUpload(stack, upload, { contactId: contact.id, fieldId: field.id, files: [null, null] }, {
      'files.0': { name: 'waiver.pdf', type: 'application/pdf', bytes: waiver },
      'files.1': { name: 'id-card.png', type: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const { files, contact: after } = response.data.uploadContactFiles;
    expect(files).toEqual([
      { fileId: expect.any(String), customFieldId: field.id, name: 'waiver.pdf', size: 200_000, contentType: 'application/pdf' },
      { fileId: expect.any(String), customFieldId: field.id, name: 'id-card.png', size: 7, contentType: 'image/png' },
    ]);

    const stored = stack.sandbox.store.contacts.get(contact.id)!.customFields.find((f) => f.id === field.id)!.value as Record<string, { meta: unknown }>;
    expect(Object.keys(stored).sort()).toEqual(files.map((f) => f.fileId).sort());
    expect(stored[files[0]!.fileId]!.meta).toMatchObject({ originalname: 'waiver.pdf', size: 200_000, mimetype: 'application/pdf' });
    expect(stored[files[1]!.fileId]!.meta).toMatchObject({ originalname: 'id-card.png', size: 7, mimetype: 'image/png' });
    // The payload's contact is GHL's answer to the upload: no read after it.
    expect(after?.customFields).toContainEqual({ fieldId: field.id, value: stored });
    const sent = stack.sandbox.requests.entries.filter((e) => e.path === '/forms/upload-custom-files');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', status: 200, version: '2021-07-28', query: { contactId: contact.id, locationId: stack.locationId } });
  });

  it('answers GHL’s refusal of a field that takes no files as BAD_USER_INPUT', async () => {
    const textField = stack.sandbox.store.customFields.where((f) => f.locationId === stack.locationId && f.dataType !== 'FILE_UPLOAD')[0]!;
    const response = await gqlUpload(stack, upload, { contactId: someContact().id, fieldId: textField.id, files: [null] }, {
      'files.0': { name: 'a.pdf', type: 'application/pdf', bytes: pdfBytes(10) },
    });
    expectError(response, 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.count({ path: '/forms/upload-custom-files', status: 400 })).toBe(1);
  });

  it('refuses an empty file or no file at all before calling GHL', async () => {
    const empty = await gqlUpload(stack, upload, { contactId: someContact().id, fieldId: uploadField().id, files: [null] }, {
      'files.0': { name: 'empty.pdf', type: 'application/pdf', bytes: new Uint8Array(0) },
    });
    expectError(empty, 'BAD_USER_INPUT');
    expect(empty.errors![0]!.message).toContain('empty.pdf is empty');
    const none = await stack.gql(upload, { contactId: someContact().id, fieldId: uploadField().id, files: [] });
    expectError(none, 'BAD_USER_INPUT');
    expect(calls('POST', '/forms/upload-custom-files')).toBe(0);
  });

  it('refuses a file variable sent as JSON instead of as a file part', async () => {
    const response = await stack.gql(upload, { contactId: someContact().id, fieldId: uploadField().id, files: ['not a file'] });
    expectError(response, 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });
});
