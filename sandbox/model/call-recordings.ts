/**
 * What GHL keeps of a call that connected: its transcription, sentence by sentence, and its
 * recording. Both are made from the call itself, the same every time for the same call; a call
 * that never connected, or any other message, has neither.
 */
import { Random } from '../random.ts';
import type { Message } from './conversations.ts';

const TRANSCRIPT_LINES = [
  ['Hi, thanks for calling, how can I help?', 'Hi, I wanted to ask about my appointment.'],
  ['Of course, let me pull that up.', 'It was booked for next week.'],
  ['I can see it here, Tuesday at ten.', 'Great, could we move it to the afternoon?'],
  ['Sure, two o clock is free.', 'Perfect, thank you.'],
] as const;

/** GetMessageTranscriptionResponseDto: one sentence, times in seconds from the start of the call. */
export interface TranscriptSentence {
  mediaChannel: number;
  sentenceIndex: number;
  startTime: number;
  endTime: number;
  transcript: string;
  confidence: number;
}

/** The seconds a call was connected; 0 for a call that never was, or any other message. */
function connectedSeconds(message: Message): number {
  return message.messageType === 'TYPE_CALL' ? (message.meta?.callDuration ?? 0) : 0;
}

const randomOf = (message: Message) => new Random([...message.id].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7));

/**
 * A connected call alternates agent (channel 1) and contact (channel 2) over its duration;
 * undefined when there is no call to transcribe.
 */
export function transcriptOf(message: Message): TranscriptSentence[] | undefined {
  const duration = connectedSeconds(message);
  if (duration === 0) return undefined;
  const random = randomOf(message);
  const sentences = TRANSCRIPT_LINES.slice(0, random.int(1, TRANSCRIPT_LINES.length)).flat();
  const step = duration / sentences.length;
  return sentences.map((transcript, sentenceIndex) => ({
    mediaChannel: (sentenceIndex % 2) + 1,
    sentenceIndex,
    startTime: Math.round(sentenceIndex * step * 100) / 100,
    endTime: Math.round((sentenceIndex + 1) * step * 100) / 100,
    transcript,
    confidence: Math.round((0.8 + random.next() * 0.19) * 100) / 100,
  }));
}

/** The transcription as the text file GHL downloads: one sentence a line, in order. */
export function transcriptText(sentences: TranscriptSentence[]): string {
  return sentences.map((sentence) => `${sentence.transcript}\n`).join('');
}

/** Telephone audio: 8 kHz, 8-bit unsigned PCM, one channel. */
const SAMPLE_RATE = 8_000;
/** The sandbox's recordings stop here, however long the call: a test needs a real WAV, not an hour of one. */
const MAX_RECORDED_SECONDS = 2;

/**
 * The call's recording as a RIFF/WAVE file: a tone per sentence, the agent's lower than the
 * contact's, over the call's duration (at most MAX_RECORDED_SECONDS); undefined when there is no call.
 */
export function recordingOf(message: Message): Buffer | undefined {
  const sentences = transcriptOf(message);
  if (!sentences) return undefined;
  const duration = Math.min(connectedSeconds(message), MAX_RECORDED_SECONDS);
  const samples = Math.round(duration * SAMPLE_RATE);
  const scale = duration / (sentences.at(-1)?.endTime ?? duration);
  const wav = Buffer.alloc(44 + samples);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // one channel
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE, 28); // bytes per second: one byte a sample
  wav.writeUInt16LE(1, 32); // bytes per frame
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) {
    const second = i / SAMPLE_RATE;
    const speaking = sentences.find((sentence) => second < sentence.endTime * scale) ?? sentences.at(-1)!;
    const hertz = speaking.mediaChannel === 1 ? 220 : 330;
    wav.writeUInt8(128 + Math.round(64 * Math.sin((2 * Math.PI * hertz * i) / SAMPLE_RATE)), 44 + i);
  }
  return wav;
}
