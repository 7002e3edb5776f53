/**
 * The media library (listing, multipart upload, delete), funnels with their pages and redirects,
 * and the social planner's accounts and posts, end to end against the sandbox: reads are checked
 * against its REST answers, writes against its store, and calls are counted in its request log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { gqlUpload, pdfBytes } from './support/multipart.ts';
import { useStack } from './support/stack.ts';
import { expectError } from './support/expect-error.ts';

const MB = 1024 * 1024;

// Room for a file over GHL's 25 MB media limit, so the gateway's own check is what refuses it.
const stack = useStack({ env: { MAX_UPLOAD_BYTES: String(30 * MB) } });
beforeEach(() => stack.sandbox.requests.clear());

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const calls = (method: string, path: string | RegExp) => stack.sandbox.requests.count({ method, path });

/** The parts of GHL's bodies these tests read: its media, funnels and pages carry `_id`. */
interface RestMediaFile {
  _id: string;
  name: string;
  url: string;
  contentType: string;
  size: number;
}
interface RestFunnel {
  _id: string;
  type: 'funnel' | 'website';
  steps: unknown[];
}
interface RestFunnelPage {
  _id: string;
  name: string;
  stepId: string;
}
interface RestSocialAccount {
  id: string;
  name: string;
  platform: string;
  isExpired: boolean;
}


describe('media library', () => {
  const mediaQuery = (location: string) =>
    `/medias/files?altId=${location}&altType=location&sortBy=createdAt&sortOrder=desc&type=file&limit=100`;

  it('lists files as GHL does, folders and folder contents too', async () => {
    const { body } = await rest<{ files: RestMediaFile[] }>('GET', mediaQuery(stack.locationId));
    expect(body.files.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(graphql(`query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }`));
    expect(errors).toBeUndefined();
    expect(data.mediaFiles!.edges.map((e) => e.node)).toEqual(
      body.files.map((f) => ({
        id: expect.any(String), ghlId: f._id, name: f.name, kind: 'FILE', url: f.url, contentType: f.contentType, size: f.size,
        folderId: null, locationId: stack.locationId,
      })),
    );
    const folders = await stack.gql(graphql(`query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }`));
    const folder = folders.data.location!.mediaFiles!.edges[0]!.node;
    expect(folder.kind).toBe('FOLDER');
    const inside = await stack.gql(graphql(`query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }`), { f: folder.id });
    const expected = stack.sandbox.store.mediaObjects.where((m) => m.parentId !== undefined && m.altId === stack.locationId);
    for (const node of inside.data.mediaFiles!.edges.map((e) => e.node)) {
      expect(expected.map((m) => m.name)).toContain(node.name);
    }
  });

  it('uploads a file over GraphQL multipart; it arrives whole, and can be deleted again', async () => {
    const bytes = pdfBytes(150_000);
    const response = await gqlUpload(
      stack,
      graphql(`mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: "Price list 2026.pdf") { id ghlId url name size contentType } }`),
      { file: null },
      { file: { name: 'prices.pdf', type: 'application/pdf', bytes } },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const uploaded = response.data.uploadMediaFile;
    expect(uploaded).toMatchObject({ name: 'Price list 2026.pdf', size: 150_000, contentType: 'application/pdf' });
    const stored = stack.sandbox.store.mediaObjects.get(uploaded.ghlId)!;
    expect(stored).toMatchObject({ name: 'Price list 2026.pdf', size: 150_000, contentType: 'application/pdf', altId: stack.locationId, url: uploaded.url });
    expect(stack.sandbox.requests.entries).toEqual([expect.objectContaining({ method: 'POST', path: '/medias/upload-file', status: 200, version: '2021-07-28' })]);

    const listed = await stack.gql(graphql(`query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }`));
    expect(listed.data.mediaFiles!.edges.map((e) => e.node.ghlId)).toContain(uploaded.ghlId);

    const deleted = await stack.gql(graphql(`mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }`), { id: uploaded.id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteMediaFile).toEqual({ deletedId: uploaded.id, deletedGhlId: uploaded.ghlId });
    expect(stack.sandbox.store.mediaObjects.has(uploaded.ghlId)).toBe(false);
    expect(stack.sandbox.requests.entries.at(-1)).toMatchObject({
      method: 'DELETE', path: `/medias/${uploaded.ghlId}`, query: { altId: stack.locationId, altType: 'location' }, status: 200,
    });
  });

  it('names its location in the upload form: one the token cannot reach is GHL’s 403, and nothing is stored', async () => {
    const before = stack.sandbox.store.mediaObjects.size;
    const response = await gqlUpload(
      stack,
      graphql(`mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: "nosuchlocation000000") { ghlId } }`),
      { file: null },
      { file: { name: 'prices.pdf', type: 'application/pdf', bytes: pdfBytes(1_000) } },
    );
    expectError(response, 'FORBIDDEN');
    expect(stack.sandbox.requests.entries).toEqual([expect.objectContaining({ method: 'POST', path: '/medias/upload-file', status: 403 })]);
    expect(stack.sandbox.store.mediaObjects.size).toBe(before);
  });

  it('refuses a file over GHL’s 25 MB limit, before sending it on', async () => {
    const response = await gqlUpload(stack, graphql(`mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }`), { file: null }, {
      file: { name: 'huge.mp4', type: 'video/mp4', bytes: new Uint8Array(25 * MB + 1) },
    });
    expect(response.errors).toHaveLength(1);
    // The resolver's BAD_USER_INPUT ("huge.mp4 is 25.0 MB; GoHighLevel takes at most 25 MB") once
    // Yoga's own body limit (25,000,000 bytes by default, under 25 MiB) is lifted in src/server.ts.
    expect(['BAD_USER_INPUT', 'REQUEST_ENTITY_TOO_LARGE']).toContain(response.errors![0]!.extensions?.code);
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });

  it('answers a delete of a file GHL does not have as NOT_FOUND', async () => {
    const response = await stack.gql(graphql(`mutation DeleteUnknownMediaFile { deleteMediaFile(id: "nosuchfile0000000000") { deletedGhlId } }`));
    expectError(response, 'NOT_FOUND');
  });
});

describe('funnels', () => {
  it('lists funnels with steps, pages and page counts, and reads one again by id', async () => {
    const { body } = await rest<{ funnels: RestFunnel[]; count: number }>('GET', `/funnels/funnel/list?locationId=${stack.locationId}&limit=100`);
    const { data, errors } = await stack.gql(
      graphql(`query LocationFunnels { location { funnels(first: 50) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.location!.funnels!.totalCount).toBe(body.count);
    const nodes = data.location!.funnels!.edges.map((e) => e.node);
    expect(nodes.map((n) => n.ghlId)).toEqual(body.funnels.map((f) => f._id));
    for (const [index, node] of nodes.entries()) {
      const pages = stack.sandbox.store.funnelPages.where((p) => p.funnelId === node.ghlId);
      expect(node.pageCount).toBe(pages.length);
      expect(node.steps.flatMap((s) => s.pageIds).sort()).toEqual(pages.map((p) => p.id).sort());
      expect(node.steps.map((s) => s.sequence)).toEqual(body.funnels[index]!.steps.map((_, i) => i + 1));
    }
    expect(calls('GET', '/funnels/page/count')).toBe(nodes.length);

    const websites = await stack.gql(graphql(`query Websites { funnels(type: WEBSITE) { edges { node { type } } } }`));
    expect(websites.data.funnels!.edges.map((e) => e.node.type)).toEqual(body.funnels.filter((f) => f.type === 'website').map(() => 'WEBSITE'));

    const funnel = nodes.find((n) => (n.pageCount ?? 0) > 2)!;
    stack.sandbox.requests.clear();
    const again = await stack.gql(graphql(`query FunnelFirstPages($id: ID!) { node(id: $id) { __typename ... on Funnel { name pages(first: 2) { edges { node { ghlId name stepId } } pageInfo { hasNextPage endCursor } } } } }`), {
      id: funnel.id,
    });
    expect(again.errors).toBeUndefined();
    const expected = (await rest<RestFunnelPage[]>('GET', `/funnels/page?locationId=${stack.locationId}&funnelId=${funnel.ghlId}&limit=100&offset=0`)).body;
    const funnelRead = again.data.node?.__typename === 'Funnel' ? again.data.node : expect.unreachable('a Funnel');
    expect(funnelRead.name).toBe(funnel.name);
    expect(funnelRead.pages!.edges.map((e) => e.node)).toEqual(expected.slice(0, 2).map((p) => ({ ghlId: p._id, name: p.name, stepId: p.stepId })));
    expect(funnelRead.pages!.pageInfo.hasNextPage).toBe(true);
    const more = await stack.gql(graphql(`query FunnelMorePages($id: ID!, $after: String) { node(id: $id) { __typename ... on Funnel { pages(first: 100, after: $after) { edges { node { ghlId } } } } } }`), {
      id: funnel.id,
      after: funnelRead.pages!.pageInfo.endCursor,
    });
    expect(more.data.node?.__typename === 'Funnel' && more.data.node.pages!.edges.map((e) => e.node.ghlId)).toEqual(expected.slice(2).map((p) => p._id));
  });

  it('creates a redirect, and answers a taken path and a bad path with clear errors', async () => {
    const input = { domain: 'summit-test.com', path: '/old-offer', target: 'https://summit-test.com/new-offer', action: 'URL' } as const;
    const create = graphql(`mutation CreateRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId domain path target action type locationId } } }`);
    const { data, errors } = await stack.gql(create, { input });
    expect(errors).toBeUndefined();
    expect(data.createRedirect.redirect).toEqual({
      ghlId: expect.any(String), domain: 'summit-test.com', path: '/old-offer', target: 'https://summit-test.com/new-offer', action: 'url',
      type: 'Permanent', locationId: stack.locationId,
    });
    expect(stack.sandbox.store.redirects.get(data.createRedirect.redirect!.ghlId)).toMatchObject({ path: '/old-offer', action: 'url' });

    const taken = await stack.gql(create, { input });
    expect(taken.errors![0]!.extensions?.code).toBeDefined();
    expect(taken.errors![0]!.message).toContain('already exists');
    stack.sandbox.requests.clear();
    expectError(await stack.gql(create, { input: { ...input, path: 'no-slash' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(create, { input: { ...input, domain: 'not a domain' } }), 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });
});

describe('social planner', () => {
  it('lists connected accounts and posts as GHL does, one accounts call for every post', async () => {
    const accounts = (await rest<{ results: { accounts: RestSocialAccount[] } }>('GET', `/social-media-posting/${stack.locationId}/accounts`)).body.results.accounts;
    const listed = await stack.gql(graphql(`query SocialAccounts { socialAccounts { ghlId name platform isExpired } }`));
    expect(listed.data.socialAccounts).toEqual(accounts.map((a) => ({ ghlId: a.id, name: a.name, platform: a.platform, isExpired: a.isExpired })));

    const search = { skip: '0', limit: '100', fromDate: '2000-01-01T00:00:00.000Z', toDate: '2100-01-01T00:00:00.000Z', includeUsers: 'false', type: 'all' };
    const expected = (await rest<{ results: { count: number; posts: { _id: string }[] } }>('POST', `/social-media-posting/${stack.locationId}/posts/list`, search)).body.results;
    stack.sandbox.requests.clear();
    const { data, errors } = await stack.gql(graphql(`query SocialPosts { socialPosts(first: 100) { totalCount edges { node { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } } } } }`));
    expect(errors).toBeUndefined();
    expect(data.socialPosts!.totalCount).toBe(expected.count);
    expect(data.socialPosts!.edges.map((e) => e.node.ghlId)).toEqual(expected.posts.map((p) => p._id));
    for (const node of data.socialPosts!.edges.map((e) => e.node)) {
      expect(node.accounts.map((a) => a.ghlId)).toEqual(node.accountIds);
    }
    expect(calls('GET', `/social-media-posting/${stack.locationId}/accounts`)).toBe(1);
    expect(calls('POST', `/social-media-posting/${stack.locationId}/posts/list`)).toBe(1);

    const drafts = await stack.gql(graphql(`query DraftSocialPosts { socialPosts(show: DRAFT) { edges { node { status } } } }`));
    expect(new Set(drafts.data.socialPosts!.edges.map((e) => e.node.status))).toEqual(new Set(['DRAFT']));
  });

  it('creates, edits, reads again and deletes a post', async () => {
    const accounts = stack.sandbox.store.socialAccounts.where((a) => a.locationId === stack.locationId);
    const user = stack.sandbox.store.usersOfLocation(stack.locationId)[0]!;
    const created = await stack.gql(
      graphql(`mutation CreateSocialPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } createdBy } } }`),
      {
        input: {
          accountIds: [accounts[0]!.id, accounts[1]!.id],
          userId: user.id,
          summary: 'Check out our latest blog post! #marketing',
          mediaUrls: ['https://example.com/image.jpg'],
          scheduleDate: '2030-01-20T10:00:00.000Z',
        },
      },
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const post = created.data.createSocialPost.post!;
    expect(post).toMatchObject({
      summary: 'Check out our latest blog post! #marketing', status: 'SCHEDULED', type: 'POST', createdBy: user.id,
      accountIds: [accounts[0]!.id, accounts[1]!.id], mediaUrls: ['https://example.com/image.jpg'], displayDate: '2030-01-20T10:00:00.000Z',
    });
    expect(stack.sandbox.store.socialPosts.get(post.ghlId)).toMatchObject({ summary: post.summary, status: 'scheduled' });

    stack.sandbox.requests.clear();
    const edited = await stack.gql(graphql(`mutation EditSocialPost($id: ID!) { updateSocialPost(id: $id, input: { summary: "Updated post content #updated" }) { post { id summary type status } } }`), {
      id: post.id,
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateSocialPost.post).toEqual({ id: post.id, summary: 'Updated post content #updated', type: 'POST', status: 'SCHEDULED' });
    // GHL's edit needs the post type: read first, edit, then read back what GHL stored.
    expect(stack.sandbox.requests.entries.map((e) => `${e.method} ${e.status}`)).toEqual(['GET 200', 'PUT 200', 'GET 200']);
    expect(stack.sandbox.requests.entries[1]!.path).toBe(`/social-media-posting/${stack.locationId}/posts/${post.ghlId}`);

    const deleted = await stack.gql(graphql(`mutation DeleteSocialPost($id: ID!) { deleteSocialPost(id: $id) { deletedId deletedGhlId } }`), { id: post.id });
    expect(deleted.data.deleteSocialPost).toEqual({ deletedId: post.id, deletedGhlId: post.ghlId });
    expect(stack.sandbox.store.socialPosts.has(post.ghlId)).toBe(false);
    const gone = await stack.gql(graphql(`query SocialPostNode($id: ID!) { node(id: $id) { id } }`), { id: post.id });
    expect(gone.errors![0]!.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers a post to an account the location has not connected with GHL’s 422, as BAD_USER_INPUT', async () => {
    const user = stack.sandbox.store.usersOfLocation(stack.locationId)[0]!;
    const response = await stack.gql(graphql(`mutation CreateSocialPostToUnconnected($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { ghlId } } }`), {
      input: { accountIds: ['not-connected'], userId: user.id, summary: 'Hello' },
    });
    expectError(response, 'BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain('not-connected');
  });
});
