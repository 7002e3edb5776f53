/**
 * GHL lists paged by page number and size (form and survey submissions) under offset cursors:
 * an offset on a page boundary is one call; any other offset (the client changed `first`
 * between pages) reads the two pages it straddles.
 */
export interface NumberedPage<T> {
  items: T[];
  total?: number | null | undefined;
}

export async function fetchByPageNumber<T>(
  page: { size: number; offset: number },
  fetch: (pageNumber: number, limit: number) => Promise<NumberedPage<T>>,
): Promise<NumberedPage<T>> {
  const pageNumber = Math.floor(page.offset / page.size) + 1;
  const skip = page.offset % page.size;
  const first = await fetch(pageNumber, page.size);
  if (skip === 0) return first;
  const second = first.items.length < page.size ? { items: [] } : await fetch(pageNumber + 1, page.size);
  return { items: [...first.items, ...second.items].slice(skip, skip + page.size), total: first.total };
}
