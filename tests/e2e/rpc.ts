import type { Page } from '@playwright/test';
import type { Input, Output, ProcedureName } from '../../main/api/contract';
import type { Result } from '../../main/api/errors';

/** The call's result value, errors included (for the refusals a test expects). */
export async function rpcResult<N extends ProcedureName>(
  page: Page,
  name: N,
  input: Input<N>,
): Promise<Result<Output<N>>> {
  const raw: unknown = await page.evaluate(
    async (request) => {
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ ...request, lang: 'sv' }),
      });
      return (await response.json()) as unknown;
    },
    { name, input },
  );
  return raw as Result<Output<N>>;
}

/** Calls a procedure from the logged-in page, as the UI would (same cookies, same session). */
export async function rpc<N extends ProcedureName>(page: Page, name: N, input: Input<N>): Promise<Output<N>> {
  const result = await rpcResult(page, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
