/** Keyboard focus after an edit that adds a node: its name field, selected, ready to type. */
import { tick } from 'svelte';

export async function focusName(id: string): Promise<void> {
  await tick();
  const input = document.querySelector<HTMLInputElement>(`[data-testid="criterion"][data-id="${CSS.escape(id)}"] > .head input[type="text"]`);
  input?.focus();
  input?.select();
}
