/**
 * Seeds one file per location that a client PUT to its signed URL but never confirmed: an upload
 * complete-file-upload can finish. Signed an hour before the seed's epoch, so its URL has expired,
 * as such a URL has by the time anyone looks. Draws from a PRNG stream of its own.
 */
import { MAX_FILE_BYTES, UPLOAD_URL_TTL_MS } from '../model/conversation-uploads.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { SEED_EPOCH } from './time.ts';

const HOUR_MS = 3_600_000;

export function seedConversationUploads(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'conversation-uploads');
  for (const location of store.locations.values()) {
    const conversation = store.conversationsOfLocation(location.id)[0];
    if (!conversation) continue;
    const id = random.id();
    const text = Buffer.from(`Quote for ${location.name}\n`);
    store.conversationUploads.insert({
      id,
      locationId: location.id,
      conversationId: conversation.id,
      filename: 'quote.txt',
      contentType: 'text/plain',
      filePath: `location/${location.id}/conversations/${conversation.id}/${id}.txt`,
      maxFileSize: MAX_FILE_BYTES,
      expiresAt: SEED_EPOCH - HOUR_MS + UPLOAD_URL_TTL_MS,
      signingKey: [...Array(8)].map(() => random.digits(8)).join(''),
      stored: { bytes: text, contentType: 'text/plain' },
    });
  }
}
