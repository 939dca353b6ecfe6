// `faas-prep export --format json`: the whole validated bank, model-linked numbers computed.
import type { ModelContext } from './model-link.js';
import { resolveItem } from './model-link.js';
import type { Bank, Item } from './schema.js';

interface BankExport {
  items: Item[];
}

/** Every item as validated; model-linked numerics carry the computed `answer` and rendered text. */
function bankToExport(bank: Bank, ctx: ModelContext): BankExport {
  return { items: bank.items.map((item) => resolveItem(item, ctx, bank)) };
}

export function bankToJson(bank: Bank, ctx: ModelContext): string {
  return `${JSON.stringify(bankToExport(bank, ctx), null, 2)}\n`;
}
