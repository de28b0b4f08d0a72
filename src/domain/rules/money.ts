const GBP = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** "£12,500" for messages. */
export function formatPounds(amount: number): string {
  return GBP.format(amount);
}
