// Clerks' spreadsheets (Excel, pasted lists) read into a preview, with the column layout remembered per sheet shape; the reading itself is src-main/lib/spreadsheet.
export * from './preview';
