import type { Page } from '@playwright/test';
import type { Input, Output, ProcedureName } from '../../main/api/contract';

/** Calls a procedure from the logged-in page, as the UI would (same cookies, same session). */
export async function rpc<N extends ProcedureName>(page: Page, name: N, input: Input<N>): Promise<Output<N>> {
  const response = await page.evaluate(
    async ([procedure, body]) => {
      const result = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ name: procedure, input: body }),
      });
      return (await result.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [name, input] as const,
  );
  if (!response.ok) throw new Error(`${name} failed: ${response.error?.message ?? 'unknown error'}`);
  return response.value as Output<N>;
}
