/** The line the app shows on items that correct the study material: what it says, so the reader knows to unlearn it. */
export function materialNote(item: {
  correctsMaterial?: boolean;
  materialSays?: string;
}): string | undefined {
  if (!item.correctsMaterial || !item.materialSays) return undefined;
  return `The study guide differs: it says “${item.materialSays.replace(/[.\s]+$/, '')}”. What is shown here is the corrected fact.`;
}
