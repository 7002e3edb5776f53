/**
 * Files for conversation messages (conversations.json's upload operations) and the storage that
 * stands in for GHL's Google Cloud Storage bucket. A large file goes in three steps: initiate asks
 * for a signed URL (a ConversationUpload), the client PUTs the bytes to it, complete checks they
 * arrived and publishes them as a ConversationFile at a public URL. Attachment URLs uploaded in
 * one call are published as files that point back at where they came from: the sandbox fetches
 * nothing from the network.
 */

/** "WHATSAPP for 100MB limit, others for 5MB" (InitiateFileUploadDto.channel). */
export const MAX_WHATSAPP_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** initiate-file-upload: "Returns a signed URL valid for 15 minutes". */
export const UPLOAD_URL_TTL_MS = 15 * 60 * 1000;

/** Where the bucket's objects are PUT (signed URLs), and where published files are served. */
export const STORAGE_PREFIX = '/storage/conversations-uploads/';
export const ASSETS_PREFIX = '/conversations-assets/';

/** A signed upload asked for by initiate-file-upload, and what has become of it. */
export interface ConversationUpload {
  /** The uploadId. */
  id: string;
  locationId: string;
  conversationId: string;
  filename: string;
  /** The Content-Type the URL is signed for: the PUT must send the same. */
  contentType: string;
  /** The object's path in the bucket (InitiateFileUploadResponseDto.filePath). */
  filePath: string;
  maxFileSize: number;
  /** When the signed URL stops working, epoch ms. */
  expiresAt: number;
  /** The key the URL is signed with (hex): GCS holds its service account's, the sandbox one per upload. */
  signingKey: string;
  /** The bytes PUT to the signed URL, once they arrived. */
  stored?: { bytes: Buffer; contentType: string };
  /** The public URL complete-file-upload published it at. */
  publishedUrl?: string;
}

/** A file served at a public URL; `id` is its path under ASSETS_PREFIX. */
export type ConversationFile =
  | { id: string; locationId: string; contentType: string; bytes: Buffer }
  /** An attachment URL uploaded by upload-file-attachments: served as a redirect to its source. */
  | { id: string; locationId: string; source: string };
