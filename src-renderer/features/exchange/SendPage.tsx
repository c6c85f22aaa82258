import { Alert, Button, Group, NumberInput, Progress, Select, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { WrittenPackageRow } from '../../../src-shared/api';
import { ApiError, invoke } from '../../api';
import { formatCount } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { itemKey, type OutboxItem, OutboxList } from './OutboxList';
import { FolderChooser } from './FolderChooser';
import { OutDirInput } from './OutDirInput';
import { useOutDir } from './useOutDir';
import { useTrustedUnits } from './useTrustedUnits';
import { WrittenFiles } from './WrittenFiles';

/**
 * "Gửi đi": everything owned here that the chosen unit has not acknowledged (the clerk may
 * leave records out), written as signed package files into a folder, usually a USB stick.
 */
export function SendPage() {
  const parentCode = useAppStore((s) => s.installation?.parentCode ?? null);
  const setPage = useAppStore((s) => s.setPage);
  const units = useTrustedUnits();
  const [to, setTo] = useState<string | null>(null);
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  // Receipts for packages that came from the recipient: they travel inside the next package to it.
  const [receipts, setReceipts] = useState(0);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const [maxMb, setMaxMb] = useState<number | string>(20);
  const [outDir, setOutDir] = useOutDir();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<WrittenPackageRow[] | null>(null);
  const [showFolder, setShowFolder] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);

  // The unit above is the usual recipient.
  const recipient = to ?? units?.find((u) => u.code === parentCode)?.code ?? units?.[0]?.code ?? null;
  const recipientName = units?.find((u) => u.code === recipient)?.label ?? recipient ?? '';

  useEffect(() => {
    if (!recipient) return;
    let alive = true;
    setItems(null);
    invoke('exchange.outbox', { to: recipient })
      .then((r) => {
        if (!alive) return;
        setItems(r.items);
        setReceipts(r.receipts);
        setExcluded(new Set());
      })
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [recipient, reloadKey]);

  const picked = (items?.length ?? 0) - excluded.size;
  const selection = useMemo(
    () => (all || !items || excluded.size === 0 ? null : items.filter((i) => !excluded.has(itemKey(i))).map(({ type, id }) => ({ type, id }))),
    [all, items, excluded],
  );

  const send = async () => {
    if (!recipient) return;
    const errs: Record<string, string> = {};
    if (!outDir.trim()) errs.outDir = 'Hãy chọn thư mục lưu gói (bấm "Chọn…").';
    if (typeof maxMb !== 'number' || maxMb <= 0) errs.maxSizeMb = 'Giới hạn dung lượng phải là số lớn hơn 0.';
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setWritten(null);
    try {
      const r = await invoke('exchange.export', { to: recipient, outDir: outDir.trim(), all, maxSizeMb: Number(maxMb), selection });
      setWritten(r.files);
      notifySuccess(`Đã tạo ${r.files.length} gói`);
      setReloadKey((k) => k + 1);
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldMessages() : {};
      setErrors(fields);
      // A refused folder is said beside its field; a toast would repeat it over the chooser.
      if (!fields.outDir) notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  if (units?.length === 0) {
    return (
      <PageFrame title="Gửi đi">
        <Alert color="yellow" title="Chưa có đơn vị nào để gửi">
          <Text size="sm">
            Chỉ gửi được cho đơn vị đã có khóa tin cậy. Hãy thêm khóa của đơn vị nhận (thường là cấp trên) ở mục “Khóa
            và tin cậy” trước.
          </Text>
          <Button mt="sm" size="xs" onClick={() => setPage('trust')}>
            Mở “Khóa và tin cậy”
          </Button>
        </Alert>
      </PageFrame>
    );
  }

  return (
    <PageFrame title="Gửi đi">
      <Group align="flex-end" wrap="nowrap">
        <Select
          label="Gửi cho đơn vị"
          data={(units ?? []).map((u) => ({ value: u.code, label: u.label }))}
          value={recipient}
          onChange={(v) => {
            setTo(v);
            setWritten(null);
          }}
          allowDeselect={false}
          w={340}
        />
        <NumberInput
          label="Giới hạn dung lượng mỗi gói (MB)"
          value={maxMb}
          onChange={setMaxMb}
          min={1}
          max={2000}
          decimalSeparator=","
          error={errors.maxSizeMb}
          w={270}
        />
        <Switch
          label="Gửi lại cả những bản ghi đã được xác nhận"
          checked={all}
          onChange={(e) => setAll(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Group align="flex-end" wrap="nowrap">
        <OutDirInput value={outDir} onChange={setOutDir} error={errors.outDir} />
        <Button onClick={() => void send()} loading={busy} disabled={!recipient || (!all && picked <= 0)} mb={errors.outDir ? 22 : 0}>
          Tạo gói
        </Button>
      </Group>
      <Text size="sm" c="dimmed" data-testid="outbox-count">
        {all
          ? `Sẽ gửi lại mọi bản ghi của đơn vị cho ${recipientName}, kể cả những bản ghi đã được xác nhận đã nhận.`
          : items
            ? `Đã chọn ${formatCount(picked)}/${formatCount(items.length)} bản ghi chưa được ${recipientName} xác nhận đã nhận.`
            : T.loading}
        {receipts > 0 && !all && items?.length ? ` Gói kèm giấy báo đã nhận cho ${formatCount(receipts)} gói của ${recipientName}.` : ''}
        {receipts > 0 && items?.length === 0 ? ` Giấy báo đã nhận cho ${formatCount(receipts)} gói của ${recipientName} sẽ đi kèm gói gửi tiếp theo.` : ''}
      </Text>
      <OutboxList
        items={items}
        excluded={excluded}
        disabled={all || busy}
        onToggle={(keys, on) =>
          setExcluded((s) => {
            const next = new Set(s);
            for (const key of keys) {
              if (on) next.delete(key);
              else next.add(key);
            }
            return next;
          })
        }
        onToggleAll={(on) => setExcluded(on ? new Set() : new Set((items ?? []).map(itemKey)))}
        emptyText={`Không có gì mới để gửi cho ${recipientName}: mọi bản ghi đã được xác nhận đã nhận.`}
      />
      {busy && (
        // One request writes every file and reports nothing until done, so the bar only shows
        // that work is going on (animated stripes), not how far it has got.
        <Stack gap={4}>
          <Text size="sm">Đang tạo và ký gói…</Text>
          <Progress value={100} animated aria-label="Đang tạo gói" />
        </Stack>
      )}
      {written && (
        <Stack gap={6}>
          <Text size="sm" c="green.8" fw={600}>
            Đã tạo {written.length} gói trong thư mục {outDir.trim()}. Các bản ghi còn trong danh sách cho đến khi{' '}
            {recipientName} gửi giấy báo đã nhận.
          </Text>
          <WrittenFiles files={written} label="Gói đã tạo" />
          <Button variant="light" w="fit-content" onClick={() => setShowFolder(true)}>
            Mở thư mục
          </Button>
          <FolderChooser opened={showFolder} start={outDir.trim()} onClose={() => setShowFolder(false)} title="Các tệp trong thư mục lưu gói" />
        </Stack>
      )}
    </PageFrame>
  );
}
