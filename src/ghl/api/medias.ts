/** The media library API (medias.json): a location's files and folders, uploading and deleting them. */
import { define, V2021_07_28 } from '../operation.ts';

/**
 * A file or folder as GetFilesResponseDTO's example shows it (the schema types the items as plain
 * strings, a slip); `_id` is the id the delete and update operations take.
 */
export interface GhlMediaObject {
  _id: string;
  altId?: string | null;
  altType?: string | null;
  name?: string | null;
  parentId?: string | null;
  url?: string | null;
  path?: string | null;
  type?: string | null;
  contentType?: string | null;
  size?: number | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

export const mediaOperations = {
  listMediaFiles: define<{ files: GhlMediaObject[] }>()({
    lists: { files: 'records' },
    spec: 'medias', operationId: 'fetch-media-content', method: 'GET', path: '/medias/files', version: V2021_07_28,
    location: { in: 'query', name: 'altId' },
  }),
  uploadMediaFile: define<{ fileId: string; url: string }>()({
    spec: 'medias', operationId: 'upload-media-content', method: 'POST', path: '/medias/upload-file', version: V2021_07_28,
    location: { in: 'body', name: 'altId' },
  }),
  deleteMediaFile: define<unknown>()({
    spec: 'medias', operationId: 'delete-media-content', method: 'DELETE', path: '/medias/{id}', version: V2021_07_28,
    location: { in: 'query', name: 'altId' },
  }),
};
