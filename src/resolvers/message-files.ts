/**
 * The files of a call that GHL answers as files, not JSON: its recording and its transcription.
 * A GraphQL answer cannot carry them, so the graph links each to the gateway's own route under
 * FILES_PATH (src/transports/downloads.ts), which fetches it with the caller's credentials
 * through the REST edge and relays it. The link costs no call: GHL is asked only when it is followed.
 */
import type { GatewayContext } from '../context.ts';
import { gatewayError } from '../errors.ts';
import type { GhlMessage } from '../ghl/api/conversations.ts';
import { upstreamUnexpectedShape } from '../ghl/errors.ts';

/** Where the gateway serves files: every path under it is the download route's. */
export const FILES_PATH = '/files/';
/** Where every message file is served: `<MESSAGE_FILES_PATH><locationId>/messages/<messageId>/<kind>`. */
export const MESSAGE_FILES_PATH = `${FILES_PATH}conversations/locations/`;

export const messageFileKinds = {
  recording: { contentType: 'audio/x-wav', family: 'audio/', fileName: (messageId: string) => `call-${messageId}.wav` },
  transcription: { contentType: 'text/plain', family: 'text/plain', fileName: (messageId: string) => `call-${messageId}-transcription.txt` },
} as const;
export type MessageFileKind = keyof typeof messageFileKinds;

/** What the graph says of a file: where to get it, and what it will be. */
export interface MessageFileLink {
  url: string;
  contentType: string;
  fileName: string;
}

/** A file of a message, as the route relays it. */
export interface MessageFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/** Which file a route path addresses. */
export interface MessageFileAddress {
  locationId: string;
  messageId: string;
  kind: MessageFileKind;
}

/** A GHL id as it may stand in a path, and in a file name: letters, digits, `-` and `_`. */
const ghlIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The link to a call's file, relative to the gateway's origin; null for any message but a call,
 * which has neither, or one whose location is unknown.
 */
export function messageFileLink(message: GhlMessage, kind: MessageFileKind): MessageFileLink | null {
  const { locationId, id } = message;
  if (message.messageType !== 'TYPE_CALL' || !locationId || !ghlIdPattern.test(locationId) || !ghlIdPattern.test(id)) return null;
  const { contentType, fileName } = messageFileKinds[kind];
  return { url: `${MESSAGE_FILES_PATH}${locationId}/messages/${id}/${kind}`, contentType, fileName: fileName(id) };
}

/**
 * The file a path under FILES_PATH addresses; its ids are checked before any call. A path that is
 * no message file is NOT_FOUND.
 */
export function messageFileAt(pathname: string): MessageFileAddress {
  const match = /^([^/]*)\/messages\/([^/]*)\/([^/]*)$/.exec(pathname.slice(MESSAGE_FILES_PATH.length));
  const kind = match?.[3];
  if (!pathname.startsWith(MESSAGE_FILES_PATH) || !match || !(kind === 'recording' || kind === 'transcription')) {
    throw gatewayError('NOT_FOUND', `No file is served at ${pathname.slice(0, 200)}: see Message.recording and Message.transcriptionFile`);
  }
  return { locationId: ghlIdIn(match[1]!, 'locationId'), messageId: ghlIdIn(match[2]!, 'messageId'), kind };
}

function ghlIdIn(segment: string, name: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    id = '';
  }
  if (!ghlIdPattern.test(id)) throw gatewayError('BAD_USER_INPUT', `${name} must be a GHL id (letters, digits, - and _)`);
  return id;
}

/**
 * Fetches the file with the request's credentials, in its location (a gateway credential must
 * have been given it). A file of another kind than the operation answers is UPSTREAM_ERROR.
 */
export async function messageFileOf(ctx: GatewayContext, { locationId, messageId, kind }: MessageFileAddress): Promise<MessageFile> {
  const args = { location: locationId, path: { messageId } };
  const operation = kind === 'recording' ? 'getMessageRecording' : 'downloadMessageTranscription';
  const file = kind === 'recording' ? await ctx.ghl.call('getMessageRecording', args) : await ctx.ghl.call('downloadMessageTranscription', args);
  const { family, fileName } = messageFileKinds[kind];
  const contentType = file.contentType?.trim() ?? '';
  if (!contentType.toLowerCase().startsWith(family)) {
    throw upstreamUnexpectedShape(operation, 200, `a file of type ${contentType.slice(0, 100) || 'unknown'}, not ${family}`);
  }
  return { bytes: file.bytes, contentType, fileName: fileName(messageId) };
}
