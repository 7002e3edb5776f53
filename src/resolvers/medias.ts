/**
 * The media library: a location's files or folders (`offset`/`limit`, no total), uploading a file
 * (multipart) and deleting one. GHL has no read of one file, so a file is not a node; its key in
 * the graph is `locationId/id`, as the delete needs both.
 */
import { FormData } from 'undici';
import type { GatewayContext } from '../context.ts';
import type { GhlMediaObject } from '../ghl/api/medias.ts';
import { locationIdOf, scopedIdOf } from './ids.ts';
import { nonEmpty } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';
import { MEGABYTE, uploadPart, type UploadedFile } from './uploads.ts';

/** medias.json: "If adding a file, maximum allowed is 25 MB". */
export const MAX_MEDIA_FILE_BYTES = 25 * MEGABYTE;

export type LocatedMedia = GhlMediaObject & { locationId: string };

export interface MediaFilter extends ConnectionArgs {
  locationId?: string | null | undefined;
  kind?: 'file' | 'folder' | null | undefined;
  query?: string | null | undefined;
  folderId?: string | null | undefined;
  all?: boolean | null | undefined;
  sortBy?: 'createdAt' | 'updatedAt' | 'name' | null | undefined;
  sortOrder?: 'asc' | 'desc' | null | undefined;
}

export async function listMedia(ctx: GatewayContext, filter: MediaFilter): Promise<Connection<LocatedMedia>> {
  const locationId = locationIdOf(filter.locationId, ctx.defaultLocationId);
  const page = offsetPage(filter);
  const result = await ctx.ghl.call('listMediaFiles', {
    location: locationId,
    query: {
      type: filter.kind ?? 'file',
      sortBy: filter.sortBy ?? 'createdAt',
      sortOrder: filter.sortOrder ?? 'desc',
      query: filter.query?.trim() || undefined,
      parentId: filter.folderId ? scopedIdOf(filter.folderId, 'MediaFile', 'folderId').id : undefined,
      fetchAll: filter.all ? true : undefined,
      offset: page.offset,
      limit: page.size,
    },
  });
  const files = (result.files ?? []).map((file) => ({ ...file, locationId: file.altId ?? locationId }));
  return offsetConnection(files, page, undefined);
}

export interface MediaUpload {
  file: UploadedFile;
  locationId?: string | null | undefined;
  name?: string | null | undefined;
  folderId?: string | null | undefined;
}

export interface MediaUploaded {
  fileId: string;
  url: string;
  locationId: string;
  name: string;
  size: number;
  contentType: string;
}

export async function uploadMedia(ctx: GatewayContext, input: MediaUpload): Promise<MediaUploaded> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const part = await uploadPart(input.file, MAX_MEDIA_FILE_BYTES, 'file');
  const name = input.name == null ? part.name : nonEmpty(input.name, 'name');
  const form = new FormData();
  form.append('file', part.blob, part.name);
  if (input.name != null) form.append('name', name);
  if (input.folderId) form.append('parentId', scopedIdOf(input.folderId, 'MediaFile', 'folderId').id);
  const result = await ctx.ghl.call('uploadMediaFile', { location: locationId, form });
  return { fileId: result.fileId, url: result.url, locationId, name, size: part.blob.size, contentType: part.blob.type };
}

export async function deleteMedia(
  ctx: GatewayContext,
  ref: string,
  locationIdArg: string | null | undefined,
): Promise<{ deletedGhlId: string; locationId: string }> {
  const { id, ownerId } = scopedIdOf(ref, 'MediaFile', 'id');
  const locationId = ownerId ?? locationIdOf(locationIdArg, ctx.defaultLocationId);
  await ctx.ghl.call('deleteMediaFile', { path: { id }, location: locationId });
  return { deletedGhlId: id, locationId };
}
