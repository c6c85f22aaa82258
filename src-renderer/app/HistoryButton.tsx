import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import { HistoryPanel } from './HistoryPanel';

/** "Lịch sử thay đổi" beside a record's other actions: the record's history in a window. */
export function HistoryButton(props: { type: string; id: string; title: string; onRestored: () => void; size?: 'xs' | 'sm' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" size={props.size} onClick={() => setOpen(true)}>
        Lịch sử thay đổi
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={`Lịch sử thay đổi: ${props.title}`} size={1000} zIndex={300}>
          <HistoryPanel
            type={props.type}
            id={props.id}
            onRestored={() => {
              setOpen(false);
              props.onRestored();
            }}
          />
        </Modal>
      )}
    </>
  );
}
