/** A webhook endpoint on loopback for the sandbox to send to: every POSTed JSON body is kept, in arrival order. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `T` is the caller's word for the webhooks it expects: the bodies are not checked against it. */
export interface WebhookReceiver<T extends object = Record<string, unknown>> {
  url: string;
  received: T[];
  close(): Promise<void>;
}

export async function startWebhookReceiver<T extends object = Record<string, unknown>>(): Promise<WebhookReceiver<T>> {
  const received: T[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
