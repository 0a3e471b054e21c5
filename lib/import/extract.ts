import type { ExtractInput, ExtractResult } from './types';

/** Draft meetings proposed from a pasted press release. */
export function extract(_input: ExtractInput): ExtractResult {
  return { meetings: [], warnings: [] };
}
