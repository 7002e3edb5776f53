/** The brief's Forms and Surveys examples; the custom-field upload is a GraphQL multipart request. */
import { graphql } from '../generated/gql.ts';
import { gqlUpload, pdfBytes } from '../support/multipart.ts';
import type { BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /forms/',
    operation: 'listForms',
    run: (b) => b.gql(graphql(`query BriefFormsList { forms(first: 20) { totalCount edges { node { ghlId name } } } }`)),
  },
  {
    brief: 'GET /forms/submissions',
    operation: 'listFormSubmissions',
    run: async (b) => {
      const { forms } = await b.gql(graphql(`query BriefFormsFirstForm { forms(first: 1) { edges { node { id } } } }`));
      return b.gql(
        graphql(`query BriefFormsSubmissions($formId: ID!) { formSubmissions(formId: $formId, startAt: "2025-01-01", endAt: "2025-10-31", first: 50) {
          edges { node { ghlId createdAt } } } }`),
        { formId: forms!.edges[0]!.node.id },
      );
    },
  },
  {
    brief: 'POST /forms/upload-custom-files',
    operation: 'uploadContactCustomFiles',
    run: async (b) => {
      const { stack } = b;
      const field = stack.sandbox.store.customFields.where((f) => f.locationId === stack.locationId && f.dataType === 'FILE_UPLOAD')[0]!;
      const { formSubmissions } = await b.gql(graphql(`query BriefFormsFirstSubmission { formSubmissions(first: 1) { edges { node { contactId } } } }`));
      const response = await gqlUpload(
        stack,
        `mutation ($contactId: ID!, $fieldId: String!, $files: [File!]!) {
          uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) { files { fileId } } }`,
        { contactId: formSubmissions!.edges[0]!.node.contactId, fieldId: field.id, files: [null] },
        { 'files.0': { name: 'signed-waiver.pdf', type: 'application/pdf', bytes: pdfBytes(2048) } },
      );
      if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data;
    },
  },
  {
    brief: 'GET /surveys/',
    operation: 'listSurveys',
    run: (b) => b.gql(graphql(`query BriefSurveysList { surveys { totalCount edges { node { ghlId name } } } }`)),
  },
  {
    brief: 'GET /surveys/submissions',
    operation: 'listSurveySubmissions',
    run: async (b) => {
      const { surveys } = await b.gql(graphql(`query BriefSurveysFirst { surveys(first: 1) { edges { node { id } } } }`));
      return b.gql(graphql(`query BriefSurveysSubmissions($surveyId: ID!) { surveySubmissions(surveyId: $surveyId, first: 50) { edges { node { ghlId } } } }`), {
        surveyId: surveys!.edges[0]!.node.id,
      });
    },
  },
];
