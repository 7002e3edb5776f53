/**
 * Forms and surveys: a location's forms and surveys (`skip`/`limit` lists, node key
 * `locationId/id`), their submissions (page-numbered, newest first), and files uploaded into a
 * contact's file-upload custom fields.
 */
import { randomUUID } from 'node:crypto';
import { FormData } from 'undici';
import type { GatewayContext } from '../context.ts';
import type { GhlContact } from '../ghl/api/contacts.ts';
import type { GhlForm, GhlFormSubmission } from '../ghl/api/forms.ts';
import type { GhlSurvey, GhlSurveySubmission } from '../ghl/api/surveys.ts';
import { gatewayError } from '../errors.ts';
import { dayOf } from './dates.ts';
import { ghlIdOf, located, locationIdOf, scopedIdOf } from './ids.ts';
import { fetchByPageNumber } from './page-numbers.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';
import { MEGABYTE, uploadPart, type UploadedFile } from './uploads.ts';

/** A form or survey as the graph serves it: GHL's record, sure of its location. */
export type LocatedForm = GhlForm & { locationId: string };
export type LocatedSurvey = GhlSurvey & { locationId: string };

/** forms.json: "File size is limited to 50 MB". */
export const MAX_CUSTOM_FIELD_FILE_BYTES = 50 * MEGABYTE;
/** One request's worth: GHL takes several files in one upload, the gateway holds them all in memory. */
export const MAX_FILES_PER_UPLOAD = 10;

export interface SubmissionFilter extends ConnectionArgs {
  locationId?: string | null | undefined;
  /** Form or survey: a global id or GHL id. */
  parentId?: string | null | undefined;
  startAt?: Date | null | undefined;
  endAt?: Date | null | undefined;
  query?: string | null | undefined;
}

export async function listForms(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null | undefined; type?: string | null | undefined },
): Promise<Connection<LocatedForm>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listForms', {
    location: locationId,
    query: { skip: page.offset, limit: page.size, type: args.type ?? undefined },
  });
  return offsetConnection(located(result.forms ?? [], locationId), page, result.total);
}

export async function listSurveys(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null | undefined },
): Promise<Connection<LocatedSurvey>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listSurveys', { location: locationId, query: { skip: page.offset, limit: page.size } });
  return offsetConnection(located(result.surveys ?? [], locationId), page, result.total);
}

export async function findForm(ctx: GatewayContext, locationId: string, id: string): Promise<LocatedForm> {
  const form = (await ctx.loaders.formsOfLocation.load(locationId)).find((candidate) => candidate.id === id);
  if (!form) throw gatewayError('NOT_FOUND', `No form ${id} in location ${locationId}`);
  return { ...form, locationId };
}

export async function findSurvey(ctx: GatewayContext, locationId: string, id: string): Promise<LocatedSurvey> {
  const survey = (await ctx.loaders.surveysOfLocation.load(locationId)).find((candidate) => candidate.id === id);
  if (!survey) throw gatewayError('NOT_FOUND', `No survey ${id} in location ${locationId}`);
  return { ...survey, locationId };
}

export async function listFormSubmissions(ctx: GatewayContext, filter: SubmissionFilter): Promise<Connection<GhlFormSubmission & { locationId: string }>> {
  const { locationId, query } = submissionQuery(ctx, filter, 'Form', 'formId');
  const page = offsetPage(filter);
  const result = await fetchByPageNumber(page, async (pageNumber, limit) => {
    const answer = await ctx.ghl.call('listFormSubmissions', { location: locationId, query: { ...query, page: pageNumber, limit } });
    return { items: answer.submissions ?? [], total: answer.meta?.total };
  });
  return offsetConnection(result.items.map((submission) => ({ ...submission, locationId })), page, result.total ?? undefined);
}

export async function listSurveySubmissions(
  ctx: GatewayContext,
  filter: SubmissionFilter,
): Promise<Connection<GhlSurveySubmission & { locationId: string }>> {
  const { locationId, query } = submissionQuery(ctx, filter, 'Survey', 'surveyId');
  const page = offsetPage(filter);
  const result = await fetchByPageNumber(page, async (pageNumber, limit) => {
    const answer = await ctx.ghl.call('listSurveySubmissions', { location: locationId, query: { ...query, page: pageNumber, limit } });
    return { items: answer.submissions ?? [], total: answer.meta?.total };
  });
  return offsetConnection(result.items.map((submission) => ({ ...submission, locationId })), page, result.total ?? undefined);
}

/** A form's or survey's global id names its location; a raw GHL id goes with the given (or default) one. */
function submissionQuery(ctx: GatewayContext, filter: SubmissionFilter, typename: 'Form' | 'Survey', parentKey: 'formId' | 'surveyId') {
  const parent = filter.parentId ? scopedIdOf(filter.parentId, typename, parentKey) : undefined;
  const locationId = parent?.ownerId ?? locationIdOf(filter.locationId, ctx.defaultLocationId);
  if (filter.startAt && filter.endAt && filter.startAt > filter.endAt) {
    throw gatewayError('BAD_USER_INPUT', 'startAt must not be after endAt');
  }
  return {
    locationId,
    query: {
      [parentKey]: parent?.id,
      q: filter.query?.trim() || undefined,
      startAt: filter.startAt ? dayOf(filter.startAt) : undefined,
      endAt: filter.endAt ? dayOf(filter.endAt) : undefined,
    },
  };
}

export interface ContactFilesUpload {
  contactId: string;
  customFieldId: string;
  files: UploadedFile[];
  locationId?: string | null | undefined;
}

export interface UploadedContactFile {
  fileId: string;
  customFieldId: string;
  name: string;
  size: number;
  contentType: string;
}

export interface ContactFilesUploaded {
  contactId: string;
  files: UploadedContactFile[];
  /** The contact as GHL answered it, when it did. */
  contact?: GhlContact | undefined;
}

/** GHL names each file part `<customFieldId>_<fileId>`: the file id is the gateway's to choose. */
export async function uploadContactFiles(ctx: GatewayContext, input: ContactFilesUpload): Promise<ContactFilesUploaded> {
  const contactId = ghlIdOf(input.contactId, 'Contact', 'contactId');
  const customFieldId = input.customFieldId.trim();
  if (!/^[A-Za-z0-9-]+$/.test(customFieldId)) throw gatewayError('BAD_USER_INPUT', 'customFieldId must be a GHL custom field id');
  if (input.files.length === 0) throw gatewayError('BAD_USER_INPUT', 'files must hold at least one file');
  if (input.files.length > MAX_FILES_PER_UPLOAD) {
    throw gatewayError('BAD_USER_INPUT', `files may hold at most ${MAX_FILES_PER_UPLOAD} files`);
  }
  const locationId = input.locationId
    ? locationIdOf(input.locationId, ctx.defaultLocationId)
    : (await ctx.loaders.contact.load(contactId)).locationId;

  const form = new FormData();
  const files: UploadedContactFile[] = [];
  for (const file of input.files) {
    const part = await uploadPart(file, MAX_CUSTOM_FIELD_FILE_BYTES, 'files');
    const fileId = randomUUID();
    form.append(`${customFieldId}_${fileId}`, part.blob, part.name);
    files.push({ fileId, customFieldId, name: part.name, size: part.blob.size, contentType: part.blob.type });
  }
  const answer = await ctx.ghl.call('uploadContactCustomFiles', { location: locationId, query: { contactId }, form });
  const contact = (answer as { contact?: GhlContact }).contact;
  // The contact read before the upload is stale now.
  ctx.loaders.contact.clear(contactId);
  if (contact?.id === contactId) ctx.loaders.contact.prime(contactId, contact);
  return { contactId, files, contact };
}
