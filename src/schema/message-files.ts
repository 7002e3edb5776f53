/** A call's recording and transcription as files: links to the gateway's own download route. */
import { messageFileLink, type MessageFileLink } from '../resolvers/message-files.ts';
import { builder } from './builder.ts';
import { MessageRef } from './conversations.ts';

const MessageFileRef = builder.objectRef<MessageFileLink>('MessageFile').implement({
  description:
    'A file of a message that GoHighLevel serves as a file, not as data: GET `url` from the gateway with the credentials of the GraphQL request (and its `x-graphql-csrf` header, as any GET to the gateway while CSRF prevention is on).',
  fields: (t) => ({
    url: t.exposeString('url', {
      nullable: false,
      description:
        'Where the gateway serves it: a path relative to the gateway’s origin (the GraphQL endpoint’s scheme, host and port), e.g. `/files/conversations/locations/…/messages/…/recording`. Errors come as JSON `{ errors: [{ message, extensions: { code } }] }` with the codes of GraphQL errors; NOT_FOUND when GoHighLevel has no such file.',
    }),
    contentType: t.exposeString('contentType', { nullable: false, description: 'Its media type, as GoHighLevel documents it; the download says the one GoHighLevel sent.' }),
    fileName: t.exposeString('fileName', { nullable: false, description: 'The name the download is saved under.' }),
  }),
});

builder.objectFields(MessageRef, (t) => ({
  recording: t.field({
    type: MessageFileRef,
    description: 'For a call: where to download its recording (a WAV file). Null for any other message; costs no call until fetched.',
    resolve: (message) => messageFileLink(message, 'recording'),
  }),
  transcriptionFile: t.field({
    type: MessageFileRef,
    description: 'For a call: where to download its transcription as a text file (`transcript` has it as data, sentence by sentence). Null for any other message; costs no call until fetched.',
    resolve: (message) => messageFileLink(message, 'transcription'),
  }),
}));
