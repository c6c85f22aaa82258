import type { spreadsheetApi } from '../../src-shared/api/spreadsheet';
import type { Handler } from '../handler-types';
import { previewSheet, rememberLayout } from './preview';

export const spreadsheetHandlers: { [N in keyof typeof spreadsheetApi]: Handler<N> } = {
  'sheet.preview': (ctx, input) => previewSheet(ctx, input),
  'sheet.rememberLayout': (ctx, input) => rememberLayout(ctx, input.signature, input.target, input.mapping),
};
