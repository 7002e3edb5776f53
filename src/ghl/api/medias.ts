/** The media library API (medias.json): a location's files and folders, uploading and deleting them. */
import { define, fromSpec } from '../operation.ts';

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
    ...fromSpec('mediasFetchMediaContent'),
    location: { in: 'query', name: 'altId' },
  }),
  uploadMediaFile: define<{ fileId: string; url: string }>()({
    ...fromSpec('mediasUploadMediaContent'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteMediaFile: define<unknown>()({
    ...fromSpec('mediasDeleteMediaContent'),
    location: { in: 'query', name: 'altId' },
  }),
};
