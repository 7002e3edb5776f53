/** What lists share for their `orderBy` and range filters, so every list reads the same way. */
import { builder } from './builder.ts';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Ascending or descending.',
  values: {
    ASC: { value: 'asc', description: 'Smallest, earliest or A first.' },
    DESC: { value: 'desc', description: 'Largest, latest or Z first.' },
  } as const,
});

export const DateTimeRangeInput = builder.inputType('DateTimeRange', {
  description: 'Instants between two bounds, both included; a missing bound is open.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'On or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'On or before this instant.' }),
  }),
});

export const DateRangeInput = builder.inputType('DateRange', {
  description: 'Days between two bounds, both included; a missing bound is open.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'On or after this day.' }),
    to: t.field({ type: 'Date', description: 'On or before this day.' }),
  }),
});
