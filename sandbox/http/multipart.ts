/**
 * multipart/form-data request bodies, as GHL's upload endpoints take them: each text part becomes
 * a string field, each file part an UploadedPart recording what arrived (name, type, size, bytes).
 * A text field sent several times is a list, as GHL's body parser (multer) reads an array field.
 */
import { GhlError, ghlErrors } from './errors.ts';

export interface UploadedPart {
  filename: string;
  contentType: string;
  size: number;
  bytes: Buffer;
}

export type MultipartBody = Record<string, string | string[] | UploadedPart>;

export function isUploadedPart(value: unknown): value is UploadedPart {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedPart).bytes);
}

/** The parsed form of a multipart request; undefined for any other body, a 400 for a broken one. */
export async function readMultipart(contentType: string | undefined, bytes: Buffer): Promise<MultipartBody | GhlError | undefined> {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return undefined;
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return ghlErrors.badRequest('Multipart: Unexpected end of form');
  }
  const body: MultipartBody = {};
  for (const [name, value] of form) {
    if (typeof value !== 'string') {
      body[name] = { filename: value.name, contentType: value.type, size: value.size, bytes: Buffer.from(await value.arrayBuffer()) };
      continue;
    }
    const earlier = body[name];
    body[name] = typeof earlier === 'string' ? [earlier, value] : Array.isArray(earlier) ? [...earlier, value] : value;
  }
  return body;
}
