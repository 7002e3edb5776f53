/**
 * The media library: a location's files and folders, uploading a file (a GraphQL multipart
 * request) and deleting one. GHL reads no single file, so a file is not a node; its `id` still
 * carries its location (`locationId/id`), which the delete needs.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { dateOf } from '../resolvers/dates.ts';
import * as medias from '../resolvers/medias.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost } from './cost.ts';
import { LocationRef } from './locations.ts';

const MediaFileRef = builder.objectRef<medias.LocatedMedia>('MediaFile');
const MediaFileConnection = connectionOf(MediaFileRef, { noun: 'media file' });

const MediaKind = builder.enumType('MediaKind', {
  description: 'A file or a folder of the media library.',
  values: {
    FILE: { value: 'file', description: 'A file.' },
    FOLDER: { value: 'folder', description: 'A folder.' },
  } as const,
});

const MediaSort = builder.enumType('MediaSort', {
  description: 'What the media library is sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When it was added.' },
    UPDATED_AT: { value: 'updatedAt', description: 'When it last changed.' },
    NAME: { value: 'name', description: 'Its name.' },
  } as const,
});

const SortOrder = builder.enumType('MediaSortOrder', {
  description: 'Which way a media list is sorted.',
  values: {
    ASC: { value: 'asc', description: 'Smallest, oldest or A first.' },
    DESC: { value: 'desc', description: 'Largest, newest or Z first.' },
  } as const,
});

/** `MediaFile:locationId/id`, what the delete mutation takes back. */
const mediaId = (file: { locationId: string; _id?: string; fileId?: string }) =>
  encodeGlobalID('MediaFile', `${file.locationId}/${file._id ?? file.fileId}`);

MediaFileRef.implement({
  description: 'A file or folder of a location’s media library.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Global id (`locationId/id`): pass it to `deleteMediaFile` or as a `folderId`.', resolve: mediaId }),
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    kind: t.field({
      type: MediaKind,
      description: 'File or folder.',
      resolve: (file) => (file.type === 'folder' ? 'folder' : file.type === 'file' ? 'file' : null),
    }),
    url: t.exposeString('url', { description: 'Where the file is served from.' }),
    path: t.exposeString('path', { description: 'Its path in the library, folders included.' }),
    folderId: t.exposeString('parentId', { description: 'GHL id of the folder it is in; null at the top.' }),
    contentType: t.exposeString('contentType', { description: 'MIME type, for a file.' }),
    size: t.exposeInt('size', { description: 'Size in bytes, for a file.' }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was added.', resolve: (f) => dateOf(f.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (f) => dateOf(f.updatedAt) }),
  }),
});

const mediaArgs = () =>
  builder.args((t) => ({
    kind: t.field({ type: MediaKind, description: 'Files (the default) or folders.' }),
    query: t.string({ description: 'Matches the name.' }),
    folderId: t.id({ description: 'What is in this folder (MediaFile id or GHL id); the top of the library when left out.' }),
    all: t.boolean({ description: 'Everything, in any folder, instead of one folder’s content.' }),
    sortBy: t.field({ type: MediaSort, description: 'Sorted by; CREATED_AT when left out.' }),
    sortOrder: t.field({ type: SortOrder, description: 'Which way; DESC when left out.' }),
  }));

builder.queryField('mediaFiles', (t) =>
  t.connection({
    type: MediaFileRef,
    description: 'Files or folders of a location’s media library (GoHighLevel gives no total).',
    extensions: { cost: cost.listPage() },
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }), ...mediaArgs() },
    resolve: (_, args, ctx) => medias.listMedia(ctx, args),
  }, MediaFileConnection),
);

builder.objectField(LocationRef, 'mediaFiles', (t) =>
  t.connection({
    type: MediaFileRef,
    description: 'Files or folders of the location’s media library.',
    extensions: { cost: cost.listPage() },
    args: mediaArgs(),
    resolve: (location, args, ctx) => medias.listMedia(ctx, { ...args, locationId: location.id }),
  }, MediaFileConnection),
);

const UploadMediaFilePayload = builder.objectRef<medias.MediaUploaded>('UploadMediaFilePayload').implement({
  description: 'A file added to the media library.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Global id of the new file (`MediaFile`).', resolve: mediaId }),
    ghlId: t.exposeString('fileId', { nullable: false, description: 'Its GoHighLevel id.' }),
    url: t.exposeString('url', { nullable: false, description: 'Where GoHighLevel serves it.' }),
    name: t.exposeString('name', { nullable: false, description: 'Its name in the library.' }),
    size: t.exposeInt('size', { nullable: false, description: 'Size in bytes, as uploaded.' }),
    contentType: t.exposeString('contentType', { nullable: false, description: 'MIME type, as uploaded.' }),
  }),
});

const DeleteMediaFilePayload = builder.objectRef<{ deletedGhlId: string; locationId: string }>('DeleteMediaFilePayload').implement({
  description: 'What was deleted (a folder goes with everything in it).',
  fields: (t) => ({
    deletedId: t.id({
      nullable: false,
      description: 'Global id of the deleted file or folder, to evict from client caches.',
      resolve: (p) => mediaId({ locationId: p.locationId, _id: p.deletedGhlId }),
    }),
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

builder.mutationFields((t) => ({
  uploadMediaFile: t.field({
    type: UploadMediaFilePayload,
    nullable: false,
    description: 'Upload a file (a GraphQL multipart request, at most 25 MB) into a location’s media library.',
    extensions: { cost: cost.perParent(1) },
    args: {
      file: t.arg({ type: 'File', required: true, description: 'The file.' }),
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      name: t.arg.string({ description: 'Its name in the library; the file’s own name when left out.' }),
      folderId: t.arg.id({ description: 'The folder to put it in (MediaFile id or GHL id).' }),
    },
    resolve: (_, args, ctx) => medias.uploadMedia(ctx, args),
  }),
  deleteMediaFile: t.field({
    type: DeleteMediaFilePayload,
    nullable: false,
    description: 'Delete a file, or a folder with everything in it, from a location’s media library.',
    extensions: { cost: cost.perParent(1) },
    args: {
      id: t.arg.id({ required: true, description: 'MediaFile id, or a GHL id with `locationId`.' }),
      locationId: t.arg.id({ description: 'Location of a GHL id; defaults to the configured location.' }),
    },
    resolve: (_, args, ctx) => medias.deleteMedia(ctx, args.id, args.locationId),
  }),
}));
