// Loaded on demand when the Excel button is pressed: the workbook writer stays out of dashboard.js.
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import type { Lang } from '../../src/internal.js';
import { dashboardSheet, type Dashboard, type DashboardEntry } from '../../src/internal-dashboard.js';

/** The table as an .xlsx file: the same sheet `dashboardWorkbook` writes in Node. */
export async function dashboardXlsx(dashboard: Dashboard, entries: readonly DashboardEntry[], lang: Lang): Promise<Blob> {
  const sheet = dashboardSheet(dashboard, entries, lang);
  return writeXlsxFile([{ sheet: sheet.name, data: sheet.rows as SheetData, stickyRowsCount: 1, columns: sheet.widths.map((width) => ({ width })) }]).toBlob();
}
