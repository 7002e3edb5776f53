/**
 * A Pothos plugin that leaves `last` and `before` out of every connection field. The relay plugin
 * always adds them, but GHL's lists only page forward (src/resolvers/pagination.ts), so arguments
 * that could only ever be refused do not belong in the schema. builder.ts marks the two arguments
 * through the relay plugin's `lastArgOptions`/`beforeArgOptions`; this drops what is marked.
 */
import SchemaBuilder, { BasePlugin, type PothosInputFieldConfig, type SchemaTypes } from '@pothos/core';

const pluginName = 'forwardOnly';

/** The extension builder.ts puts on the arguments to drop. */
export const backwardPagination = { backwardPagination: true };

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      forwardOnly: ForwardOnlyPlugin<Types>;
    }
  }
}

export class ForwardOnlyPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> | null {
    return fieldConfig.kind === 'Arg' && fieldConfig.extensions?.['backwardPagination'] === true ? null : fieldConfig;
  }
}

SchemaBuilder.registerPlugin(pluginName, ForwardOnlyPlugin);

export default pluginName;
