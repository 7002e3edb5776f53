/**
 * The media library (medias.json, Version 2021-07-28): listing a location's files or folders,
 * uploading a file (multipart, at most 25 MB) or registering a hosted one by URL, and deleting a
 * file or a folder with everything in it. Location tokens only.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { withUnderscoreId, type MediaObject } from '../model/marketing.ts';
import { isUploadedPart, type MultipartBody } from '../http/multipart.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { isRecord, Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';

const MEDIAS = { versions: V2021_07_28, tokens: 'location' } as const;

/** medias.json: "If adding a file, maximum allowed is 25 MB". */
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export const mediaRoutes: Route[] = [
  route('GET', '/medias/files', MEDIAS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    const sortBy = v.oneOf('sortBy', ['createdAt', 'updatedAt', 'name'], { required: true });
    const direction = v.oneOf('sortOrder', ['asc', 'desc'], { required: true }) === 'asc' ? 1 : -1;
    const type = v.oneOf('type', ['file', 'folder'], { required: true });
    const search = v.string('query')?.toLowerCase();
    const parentId = v.string('parentId');
    const fetchAll = v.oneOf('fetchAll', ['true', 'false']) === 'true';
    const offset = Math.floor(v.number('offset', { min: 0 }) ?? 0);
    const limit = Math.floor(v.number('limit', { min: 1, max: 100 }) ?? 10);
    v.check();
    requireLocation(store, principal, altId);
    const files = store.mediaObjects
      .where(
        (object) =>
          object.altId === altId &&
          object.type === type &&
          // Without fetchAll, a list is one folder's content: the root's unless parentId names one.
          (fetchAll || object.parentId === parentId) &&
          (search === undefined || object.name.toLowerCase().includes(search)),
      )
      .sort((a, b) => direction * (a[sortBy].localeCompare(b[sortBy]) || a.id.localeCompare(b.id)));
    return ok({ files: files.slice(offset, offset + limit).map(withUnderscoreId) });
  }),
  route('POST', '/medias/upload-file', MEDIAS, ({ store, principal, body }) => {
    const locationId = principalLocation(principal);
    const form = isRecord(body) ? (body as MultipartBody) : {};
    const file = form['file'];
    const v = Validator.body(form);
    v.custom('file', (value) => (isUploadedPart(value) ? [] : ['file must be a file']));
    const hosted = v.oneOf('hosted', ['true', 'false']) === 'true';
    const fileUrl = v.string('fileUrl');
    const name = v.string('name');
    const parentId = v.string('parentId');
    // The brief's example names the location too; it must be the token's.
    const altId = v.string('altId');
    v.oneOf('altType', ['location']);
    v.check();
    if (altId !== undefined) requireLocation(store, principal, altId);
    if (hosted && !fileUrl) throw ghlErrors.badRequest('fileUrl is required when hosted is true');
    if (!hosted && !isUploadedPart(file)) throw ghlErrors.badRequest('file is required');
    if (isUploadedPart(file) && file.size > MAX_UPLOAD_BYTES) throw new GhlError(413, 'File too large: the maximum is 25 MB');
    if (parentId !== undefined) requireFolder(store, locationId, parentId);

    const id = randomId();
    const fileName = name ?? (isUploadedPart(file) ? file.filename : fileUrl!.split('/').at(-1)!) ?? id;
    const url = hosted ? fileUrl! : `https://storage.googleapis.com/msgsndr/${locationId}/media/${id}/${encodeURIComponent(fileName)}`;
    const now = new Date().toISOString();
    const parent = parentId === undefined ? undefined : store.mediaObjects.get(parentId);
    store.mediaObjects.insert({
      id,
      altId: locationId,
      altType: 'location',
      name: fileName,
      type: 'file',
      path: parent ? `${parent.path}/${fileName}` : fileName,
      url,
      ...(isUploadedPart(file) && { contentType: file.contentType, size: file.size }),
      ...(parentId !== undefined && { parentId }),
      createdAt: now,
      updatedAt: now,
    });
    return ok({ fileId: id, url });
  }),
  route('DELETE', '/medias/{id}', MEDIAS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    v.check();
    requireLocation(store, principal, altId);
    const object = store.mediaObjects.get(params.id);
    if (!object || object.altId !== altId) throw new GhlError(404, 'File not found');
    for (const id of [object.id, ...descendantsOf(store, object)]) store.mediaObjects.delete(id);
    return ok({});
  }),
];

function principalLocation(principal: Principal): string {
  if (principal.kind !== 'location') throw ghlErrors.wrongTokenType();
  return principal.locationId;
}

function requireFolder(store: SandboxStore, locationId: string, id: string): MediaObject {
  const folder = store.mediaObjects.get(id);
  if (!folder || folder.altId !== locationId || folder.type !== 'folder') throw new GhlError(404, 'Folder not found');
  return folder;
}

function descendantsOf(store: SandboxStore, object: MediaObject): string[] {
  if (object.type !== 'folder') return [];
  return store.mediaObjects.where((child) => child.parentId === object.id).flatMap((child) => [child.id, ...descendantsOf(store, child)]);
}
