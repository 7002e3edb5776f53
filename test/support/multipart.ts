/** GraphQL multipart requests (the spec Yoga implements), sent to the gateway as a browser would. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CSRF_HEADER } from '../../src/transports/http-security.ts';
import type { GqlResponse, Stack } from './stack.ts';

export interface TestFile {
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** `files` maps a variable path (`file`, `files.0`) to the file sent for it. */
export async function gqlUpload<R, V>(stack: Stack, document: TypedDocumentNode<R, V>, variables: V, files: Record<string, TestFile>): Promise<GqlResponse<R>>;
/** Text: a document codegen must not see; `T` is the shape the test declares for its answer. */
export async function gqlUpload<T = unknown>(stack: Stack, query: string, variables: Record<string, unknown>, files: Record<string, TestFile>): Promise<GqlResponse<T>>;
export async function gqlUpload(
  stack: Stack,
  document: string | TypedDocumentNode,
  variables: unknown,
  files: Record<string, TestFile>,
): Promise<GqlResponse<unknown>> {
  const query = typeof document === 'string' ? document : print(document);
  const form = new FormData();
  const entries = Object.entries(files);
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(Object.fromEntries(entries.map(([path], index) => [String(index), [`variables.${path}`]]))));
  entries.forEach(([, file], index) => form.append(String(index), new Blob([file.bytes], { type: file.type }), file.name));
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    // Multipart is a "simple" request a browser may send cross-site: the CSRF guard wants this header.
    headers: { [CSRF_HEADER]: '1', accept: 'application/graphql-response+json, application/json' },
    body: form,
  });
  return { status: response.status, ...((await response.json()) as Omit<GqlResponse<unknown>, 'status'>) };
}

/** Bytes that are a file of that type to anyone who looks: a PDF header, then filler. */
export function pdfBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return bytes;
}
