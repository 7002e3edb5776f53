/** Shapes several GHL domains share. */

/** GHL spells it this way in every delete response. */
export interface GhlDeleted {
  succeded: boolean;
}
