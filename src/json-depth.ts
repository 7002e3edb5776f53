/**
 * How deep JSON may nest (MAX_JSON_DEPTH), wherever it comes in: request variables, webhook bodies,
 * GHL's answers. JSON.parse copes with any depth, but JSON.stringify, graphql-js's parser and much
 * else recurse, and a few kilobytes of brackets overflow their stack. Both checks here loop, so the
 * check itself cannot overflow. Depth counts containers: `{}` is 1, `{"a":[]}` is 2.
 */

/** MAX_JSON_DEPTH unset: GHL's own answers and webhooks nest a handful of levels. */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/**
 * Whether `text` nests its brackets (`{`, `[`, and `(` for GraphQL documents) more than `max` deep,
 * outside strings and comments. Read as GraphQL's lexer reads it, which for JSON reads the same:
 * valid JSON has no `#`, `(` or `"""` outside its strings. Done on the raw text, before parsing.
 */
export function textNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '[' || char === '(') {
      if (++depth > max) return true;
    } else if (char === '}' || char === ']' || char === ')') {
      // A closer too many is a syntax error the parser stops at; it must not hide brackets after it.
      depth = Math.max(0, depth - 1);
    } else if (char === '#') {
      i = endOfLine(text, i);
    } else if (char === '"') {
      i = text.startsWith('"""', i) ? endOfBlockString(text, i + 3) : endOfString(text, i + 1);
    }
  }
  return false;
}

/**
 * Whether a parsed value (variables, extensions, GHL's answers) nests objects and arrays more than
 * `max` deep. A walk of the containers only, a fraction of the cost of reading the text again.
 * Indexes and for…in, not Object.values: no array built per container. On the inbox's and the
 * board's answers the walk took a quarter to a third of JSON.parse's time that way, a fifteenth so.
 */
export function valueNestsDeeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const containers: object[] = [value];
  const depths: number[] = [0];
  while (containers.length > 0) {
    const container = containers.pop()!;
    const depth = depths.pop()! + 1;
    if (depth > max) return true;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const child: unknown = container[i];
        if (typeof child === 'object' && child !== null) {
          containers.push(child);
          depths.push(depth);
        }
      }
    } else {
      for (const key in container) {
        const child: unknown = (container as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          containers.push(child);
          depths.push(depth);
        }
      }
    }
  }
  return false;
}

/** The index of the line break ending a comment. */
function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The index of the quote closing a string; a line break ends it too, as GraphQL's lexer stops there. */
function endOfString(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '"' || char === '\n' || char === '\r') return i;
  }
  return text.length;
}

/** The index of the last quote closing a block string (`"""`, in which only `\"""` is an escape). */
function endOfBlockString(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text.startsWith('\\"""', i)) i += 3;
    else if (text.startsWith('"""', i)) return i + 2;
  }
  return text.length;
}
