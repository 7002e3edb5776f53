/** The brief's Media Library, Funnels and Social Media Posting examples; the upload is a GraphQL multipart request. */
import { graphql } from '../generated/gql.ts';
import { gqlUpload, pdfBytes } from '../support/multipart.ts';
import type { BriefContext, BriefRow } from './row.ts';

async function uploadedFile(b: BriefContext): Promise<{ id: string }> {
  const response = await gqlUpload<{ uploadMediaFile: { id: string } }>(b.stack, `mutation ($file: File!) { uploadMediaFile(file: $file) { id } }`, { file: null }, {
    file: { name: 'image.pdf', type: 'application/pdf', bytes: pdfBytes(4096) },
  });
  if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data.uploadMediaFile;
}

async function someFunnel(b: BriefContext): Promise<string> {
  const { funnels } = await b.gql(graphql(`query BriefFunnelsFirst { funnels(first: 1) { edges { node { id } } } }`));
  return funnels!.edges[0]!.node.id;
}

async function newPost(b: BriefContext): Promise<string> {
  const { socialAccounts } = await b.gql(graphql(`query BriefSocialAccountIds { socialAccounts { ghlId } }`));
  const user = b.stack.sandbox.store.usersOfLocation(b.stack.locationId)[0]!;
  const { createSocialPost } = await b.gql(graphql(`mutation BriefSocialNewPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id } } }`), {
    input: {
      accountIds: socialAccounts.slice(0, 2).map((a) => a.ghlId),
      userId: user.id,
      summary: 'Check out our latest blog post! #marketing #business',
      mediaUrls: ['https://example.com/image.jpg'],
      scheduleDate: '2030-01-20T10:00:00.000Z',
    },
  });
  return createSocialPost.post.id;
}

export const rows: BriefRow[] = [
  {
    brief: 'GET /medias/files',
    operation: 'listMediaFiles',
    run: (b) => b.gql(graphql(`query BriefMediaList { mediaFiles(first: 50) { edges { node { ghlId name url } } } }`)),
  },
  {
    brief: 'POST /medias/upload-file',
    operation: 'uploadMediaFile',
    run: uploadedFile,
  },
  {
    brief: 'DELETE /medias/file123',
    operation: 'deleteMediaFile',
    run: async (b) => {
      const file = await uploadedFile(b);
      return b.gql(graphql(`mutation BriefMediaDelete($id: ID!) { deleteMediaFile(id: $id) { deletedGhlId } }`), { id: file.id });
    },
  },
  {
    brief: 'GET /funnels/funnel/list',
    operation: 'listFunnels',
    run: (b) => b.gql(graphql(`query BriefFunnelsList { funnels { totalCount edges { node { ghlId name } } } }`)),
  },
  {
    brief: 'GET /funnels/page',
    operation: 'listFunnelPages',
    run: async (b) =>
      b.gql(graphql(`query BriefFunnelsPages($id: ID!) { node(id: $id) { ... on Funnel { pages(first: 50) { edges { node { ghlId name } } } } } }`), {
        id: await someFunnel(b),
      }),
  },
  {
    brief: 'GET /funnels/page/count',
    operation: 'countFunnelPages',
    run: async (b) => b.gql(graphql(`query BriefFunnelsPageCount($id: ID!) { node(id: $id) { ... on Funnel { pageCount } } }`), { id: await someFunnel(b) }),
  },
  {
    brief: 'POST /funnels/lookup/redirect',
    operation: 'createFunnelRedirect',
    run: (b) =>
      b.gql(graphql(`mutation BriefFunnelsRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId } } }`), {
        input: { domain: 'example.com', path: `/old-page-${Date.now()}`, target: 'https://example.com/new-page', action: 'URL' },
      }),
  },
  {
    brief: 'GET /social-media-posting/ve9EPM428h8vShlRW1KT/accounts',
    operation: 'listSocialAccounts',
    run: (b) => b.gql(graphql(`query BriefSocialAccounts { socialAccounts { ghlId name platform } }`)),
  },
  {
    brief: 'POST /social-media-posting/ve9EPM428h8vShlRW1KT/posts/list',
    operation: 'listSocialPosts',
    run: (b) => b.gql(graphql(`query BriefSocialPosts { socialPosts(first: 20) { totalCount edges { node { ghlId summary } } } }`)),
  },
  {
    brief: 'POST /social-media-posting/ve9EPM428h8vShlRW1KT/posts',
    operation: 'createSocialPost',
    run: newPost,
  },
  {
    brief: 'PUT /social-media-posting/ve9EPM428h8vShlRW1KT/posts/post123',
    operation: 'updateSocialPost',
    run: async (b) =>
      b.gql(graphql(`mutation BriefSocialUpdatePost($id: ID!) { updateSocialPost(id: $id, input: { summary: "Updated post content #updated" }) { post { summary } } }`), {
        id: await newPost(b),
      }),
  },
  {
    brief: 'DELETE /social-media-posting/ve9EPM428h8vShlRW1KT/posts/post123',
    operation: 'deleteSocialPost',
    run: async (b) => b.gql(graphql(`mutation BriefSocialDeletePost($id: ID!) { deleteSocialPost(id: $id) { deletedGhlId } }`), { id: await newPost(b) }),
  },
];
