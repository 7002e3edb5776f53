/** Files a client uploaded through the graph, checked and made ready to send on to GHL as multipart parts. */
import { Blob } from 'node:buffer';
import { gatewayError } from '../errors.ts';

/** A file Yoga read from a GraphQL multipart request (a WHATWG File), as the `File` scalar hands it over. */
export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const MEGABYTE = 1024 * 1024;

/** A file GHL would refuse anyway is refused here, before its bytes travel on. */
export async function uploadPart(file: UploadedFile, maxBytes: number, argument: string): Promise<{ blob: Blob; name: string }> {
  if (file.size === 0) throw gatewayError('BAD_USER_INPUT', `${argument}: ${file.name} is empty`);
  if (file.size > maxBytes) {
    throw gatewayError('BAD_USER_INPUT', `${argument}: ${file.name} is ${mib(file.size)}; GoHighLevel takes at most ${mib(maxBytes)}`);
  }
  return { blob: new Blob([await file.arrayBuffer()], { type: file.type || 'application/octet-stream' }), name: file.name };
}

/** A size as a person reads it: `5 MB`, `5.5 MB`. */
export function mib(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(bytes % MEGABYTE === 0 ? 0 : 1)} MB`;
}
