import { Box, Group, Modal, NumberInput, Select, Stack, Tabs, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Collective } from '../../../src-shared/api';
import { COLLECTIVE_KIND_LABELS, COLLECTIVE_KINDS, type CollectiveKind } from '../../../src-shared/catalog/people';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { foldFilter } from '../../app/selectFilter';
import { useAppStore } from '../../app/store';
import { FormButtons } from '../../app/FormButtons';
import { HistoryPanel } from '../../app/HistoryPanel';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { useRecordActions } from '../../app/useRecordActions';
import { AwardHistorySection } from '../dossiers/history/AwardHistorySection';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';
import { hasAside, ReceivedCopyNote, RecordAside } from '../exchange/RecordAside';
import { StatusLine } from '../exchange/RecordStatusView';
import { useRecordStatus } from '../exchange/useRecordStatus';
import { useUnitOptions } from '../units/useUnitOptions';

const KIND_OPTIONS = COLLECTIVE_KINDS.map((k) => ({ value: k, label: COLLECTIVE_KIND_LABELS[k] }));

type Errors = Record<string, string>;

/** Add or edit one collective (Modal); `collective` null = new. */
export function CollectiveForm(props: { collective: Collective | null; onClose: () => void; onDone: () => void }) {
  const { collective, onClose, onDone } = props;
  const homeUnit = useAppStore((s) => s.installation?.unitId ?? null);
  const [tab, setTab] = useState<string | null>('info');
  const [name, setName] = useState(collective?.name ?? '');
  const [kind, setKind] = useState<CollectiveKind | null>(collective?.kind ?? null);
  const [unitId, setUnitId] = useState<string | null>(collective?.unitId ?? homeUnit);
  const [memberCount, setMemberCount] = useState<number | string>(collective?.memberCount ?? 0);
  const [errors, setErrors] = useState<Errors>({});
  const units = useUnitOptions();
  // A copy received from another unit is read-only here; the upper level answers it instead.
  const { received, status, reload } = useRecordStatus('collective', collective);
  const title = received ? 'Thông tin tập thể (bản sao nhận về)' : collective ? 'Sửa thông tin tập thể' : 'Thêm tập thể';
  const [pristine] = useState(() => ({ name, kind, unitId, memberCount }));
  const kept = useDraft({
    key: received ? null : `collective:${collective?.id ?? 'new'}`,
    label: collective ? `${title}: ${collective.name}` : title,
    value: { name, kind, unitId, memberCount },
    pristine,
    restore: (v) => {
      setName(v.name);
      setKind(v.kind);
      setUnitId(v.unitId);
      setMemberCount(v.memberCount);
    },
    rev: collective?.rev ?? null,
  });
  const close = kept.guard(onClose);
  const actions = useRecordActions({ onDone, setErrors, draft: kept });
  const { busy, confirming, setConfirming } = actions;
  const withAside = !!collective && hasAside(received, status);
  // Editing a field clears its message.
  const clear = (key: string) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)));

  const save = async () => {
    const errs: Errors = {};
    if (!name.trim()) errs.name = 'Vui lòng nhập tên tập thể.';
    if (!kind) errs.kind = 'Vui lòng chọn loại tập thể.';
    if (!unitId) errs.unitId = 'Vui lòng chọn đơn vị quản lý.';
    if (typeof memberCount !== 'number') errs.memberCount = 'Số thành viên phải là số.';
    setErrors(errs);
    if (Object.keys(errs).length || !kind || !unitId) return;
    const input = { name, kind, unitId, memberCount: Number(memberCount) };
    await actions.save(() => (collective ? invoke('collectives.update', { ...input, id: collective.id }) : invoke('collectives.create', input)));
  };

  const remove = async () => {
    if (!collective) return;
    await actions.remove(() => invoke('collectives.delete', { id: collective.id }));
  };

  const buttons = <FormButtons readOnly={received} canDelete={!!collective} busy={busy} onDelete={() => setConfirming(true)} onClose={close} />;

  const details = (
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Box style={{ flex: 1, minWidth: 0 }}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (!received) void save();
            }}
          >
            <Stack gap="sm">
              {received && collective ? <ReceivedCopyNote origin={collective.origin} /> : <StatusLine status={status} />}
              {kept.notice}
              <ReadOnlyFields readOnly={received}>
                <Stack gap="sm">
                  <TextInput
                    label="Tên tập thể"
                    value={name}
                    onChange={(e) => {
                      setName(e.currentTarget.value);
                      clear('name');
                    }}
                    error={errors.name}
                    withAsterisk
                    data-autofocus
                  />
                  <Select
                    label="Loại"
                    data={KIND_OPTIONS}
                    value={kind}
                    onChange={(v) => {
                      setKind(v as CollectiveKind | null);
                      clear('kind');
                    }}
                    error={errors.kind}
                    withAsterisk
                  />
                  <Select
                    label="Đơn vị quản lý"
                    data={units.options}
                    value={unitId}
                    onChange={(v) => {
                      setUnitId(v);
                      clear('unitId');
                    }}
                    searchable
                    filter={foldFilter}
                    nothingFoundMessage={T.noResults}
                    error={errors.unitId}
                    withAsterisk
                  />
                  <NumberInput
                    label="Số thành viên"
                    value={memberCount}
                    onChange={(v) => {
                      setMemberCount(v);
                      clear('memberCount');
                    }}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    error={errors.memberCount}
                    w={200}
                  />
                </Stack>
              </ReadOnlyFields>
              {buttons}
            </Stack>
          </form>
        </Box>
        {collective && withAside && (
          <RecordAside type="collective" record={collective} received={received} status={status} onChanged={reload} />
        )}
      </Group>
  );

  return (
    <Modal
      opened
      onClose={close}
      title={title}
      size={withAside ? 1040 : tab === 'history' || tab === 'changes' ? 1000 : 'lg'}
    >
      {collective ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="info">Thông tin tập thể</Tabs.Tab>
            <Tabs.Tab value="history">Khen thưởng đã có</Tabs.Tab>
            <Tabs.Tab value="changes">Lịch sử thay đổi</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="info">{details}</Tabs.Panel>
          <Tabs.Panel value="changes">
            <HistoryPanel type="collective" id={collective.id} onRestored={onDone} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            {/* What the eligibility check of a dossier reads for this collective. */}
            <AwardHistorySection subjectType="collective" subjectId={collective.id} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        details
      )}
      <ConfirmDialog
        opened={confirming}
        title="Xóa tập thể này?"
        message={`“${collective?.name ?? ''}” sẽ bị xóa khỏi danh sách tập thể.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </Modal>
  );
}
