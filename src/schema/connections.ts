/**
 * One connection type per node type: every field that lists contacts, on whichever type it hangs,
 * pages through `ContactConnection` and `ContactEdge`, so a client writes one fragment per list.
 * `totalCount` comes with every connection (builder.ts), null where GHL reports no total.
 */
import type { ObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.ts';
import type { FieldCost } from './cost.ts';

export interface ConnectionOptions {
  /** What one item is called in descriptions: `contact`. */
  noun: string;
  /** Its plural, where adding an `s` does not make it: `opportunities`. */
  nouns?: string;
  /** The cost of an edge's `node`, where a list item is not the whole record (cost.ts `embedded`). */
  nodeCost?: FieldCost;
}

export function connectionOf<Shape>(type: ObjectRef<BuilderTypes, Shape>, { noun, nouns = `${noun}s`, nodeCost }: ConnectionOptions) {
  return builder.connectionObject(
    {
      type,
      name: `${type.name}Connection`,
      description: `A page of ${nouns}.`,
      edgesField: { description: `The ${nouns} on this page.` },
    },
    {
      name: `${type.name}Edge`,
      // By the first letter: right for every noun listed (an invoice, a user).
      description: `A${/^[aeio]/.test(noun) ? 'n' : ''} ${noun} on a page.`,
      nodeField: { description: `The ${noun}.`, ...(nodeCost && { extensions: { cost: nodeCost } }) },
    },
  );
}
