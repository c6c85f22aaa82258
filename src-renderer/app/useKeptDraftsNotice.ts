import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { invoke } from '../api';
import { formatDateTime } from './format';

/**
 * At start: drafts left unsaved when the program last closed (or crashed) are named once, so
 * the clerk knows to open those forms again; each form restores its own draft when opened.
 */
export function useKeptDraftsNotice(): void {
  useEffect(() => {
    let alive = true;
    invoke('drafts.list', {})
      .then((list) => {
        if (!alive || !list.length) return;
        const names = list.slice(0, 3).map((d) => `“${d.label}” (${formatDateTime(d.savedAt)})`);
        const more = list.length > 3 ? ` và ${list.length - 3} biểu mẫu khác` : '';
        notifications.show({
          id: 'kept-drafts',
          color: 'blue',
          title: 'Có nội dung chưa lưu từ lần trước',
          message: `${names.join(', ')}${more}. Mở lại biểu mẫu đó để tiếp tục và bấm “Lưu”.`,
          autoClose: 12_000,
        });
      })
      .catch(() => undefined); // a hint only; the forms still restore their drafts
    return () => {
      alive = false;
    };
  }, []);
}
