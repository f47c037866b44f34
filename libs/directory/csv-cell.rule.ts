/**
 * Spreadsheet programs run cells that start with =, +, -, @ (or a tab / carriage return) as formulas;
 * a quote in front keeps a submitted name such as "=HYPERLINK(…)" plain text in Excel.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
