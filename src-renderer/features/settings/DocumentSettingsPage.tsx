import { ActionIcon, Button, Card, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { NUMBERED_KIND_LABELS, NUMBERED_KINDS, type DocumentSettings, type DocumentSettingsInput, type OutgoingNumber } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';

type Form = DocumentSettingsInput & { regulation: NonNullable<DocumentSettingsInput['regulation']> | null };

const toForm = (s: DocumentSettings): Form => ({
  agencyName: s.agencyName, managingAgency: s.managingAgency, placeName: s.placeName, signers: s.signers, defaultSigner: s.defaultSigner,
  symbols: s.symbols, archiveAbbreviation: s.archiveAbbreviation, upperBody: s.upperBody, regulation: s.regulation, council: s.council,
  certificatePaper: s.certificatePaper,
});

/**
 * "Thiết lập văn bản": how this unit's papers are headed, numbered and signed (NĐ 30/2020/NĐ-CP),
 * and its register of outgoing numbers for the year. Every printed document reads these.
 */
export function DocumentSettingsPage() {
  const [saved, setSaved] = useState<DocumentSettings | null>(null);
  const [f, setF] = useState<Form | null>(null);
  const [numbers, setNumbers] = useState<OutgoingNumber[]>([]);
  const [busy, setBusy] = useState(false);
  const year = new Date().getFullYear();

  useEffect(() => {
    invoke('settings.get', {}).then((s) => { setSaved(s); setF(toForm(s)); }).catch((e) => notifyError(e, 'Chưa đọc được thiết lập văn bản'));
    invoke('settings.numbers', { year }).then(setNumbers).catch(() => setNumbers([]));
  }, [year]);
  if (!f || !saved) return <PageFrame title="Thiết lập văn bản">{null}</PageFrame>;

  const set = (patch: Partial<Form>) => setF({ ...f, ...patch });
  const setSigner = (i: number, patch: Partial<Form['signers'][number]>) => set({ signers: f.signers.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const heads = f.signers.filter((s) => !s.signsFor && s.position).map((s) => s.position);
  const reg = f.regulation ?? { number: '', date: '', issuer: '', summary: '' };
  const setReg = (patch: Partial<typeof reg>) => set({ regulation: { ...reg, ...patch } });
  const save = async () => {
    setBusy(true);
    try {
      const regulation = f.regulation && (f.regulation.number || f.regulation.summary) ? f.regulation : null;
      const s = await invoke('settings.save', { ...f, regulation });
      setSaved(s);
      setF(toForm(s));
      notifySuccess('Đã lưu thiết lập văn bản');
    } catch (e) {
      notifyError(e, 'Chưa lưu được');
    } finally {
      setBusy(false);
    }
  };
  const law = saved.lawThreshold;

  return (
    <PageFrame title="Thiết lập văn bản" actions={<Button onClick={save} loading={busy}>Lưu thiết lập</Button>}>
      {/* The page scrolls as a whole; the cards keep their natural height. */}
      <div style={{ flex: 1, minHeight: 0, overflowY: 'auto', paddingRight: 8 }}>
      <Stack gap="sm">
        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">Cơ quan ban hành (NĐ 30/2020/NĐ-CP)</Title>
          <SimpleGrid cols={3}>
            <Textarea label="Tên cơ quan (mỗi dòng một dòng in)" autosize minRows={2} value={f.agencyName} onChange={(e) => set({ agencyName: e.currentTarget.value })} />
            <TextInput label="Cơ quan chủ quản (để trống với Ủy ban nhân dân)" value={f.managingAgency ?? ''} onChange={(e) => set({ managingAgency: e.currentTarget.value || null })} />
            <TextInput label="Địa danh" description="Tên đơn vị hành chính là số hoặc tên người: ghi cả chữ “Phường”, “Xã”" value={f.placeName} onChange={(e) => set({ placeName: e.currentTarget.value })} />
            <TextInput label="Lưu: VT, …" description="Chữ viết tắt đơn vị soạn thảo" value={f.archiveAbbreviation} onChange={(e) => set({ archiveAbbreviation: e.currentTarget.value })} />
            <TextInput label="Cơ quan thường trực thi đua, khen thưởng cấp trên" value={f.upperBody ?? ''} onChange={(e) => set({ upperBody: e.currentTarget.value })} />
            <div>
              <Text size="sm" fw={500} mb={4}>In giấy khen</Text>
              <SegmentedControl value={f.certificatePaper} onChange={(v) => set({ certificatePaper: v as Form['certificatePaper'] })}
                data={[{ value: 'preprinted', label: 'Lên phôi in sẵn' }, { value: 'blank', label: 'Giấy trắng (in toàn bộ)' }]} />
            </div>
          </SimpleGrid>
        </Card>

        <Card withBorder padding="sm">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">Người ký</Title>
            <Button size="xs" variant="light" onClick={() => set({ signers: [...f.signers, { position: '', fullName: '', signsFor: heads[0] ?? null }] })}>Thêm người ký</Button>
          </Group>
          <Table withTableBorder>
            <Table.Thead><Table.Tr><Table.Th>Chức vụ</Table.Th><Table.Th>Họ và tên</Table.Th><Table.Th>Ký thay (KT.) cho</Table.Th><Table.Th w={40} /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {f.signers.map((s, i) => (
                <Table.Tr key={i}>
                  <Table.Td><TextInput aria-label={`Chức vụ người ký ${i + 1}`} value={s.position} onChange={(e) => setSigner(i, { position: e.currentTarget.value })} /></Table.Td>
                  <Table.Td><TextInput aria-label={`Họ và tên người ký ${i + 1}`} value={s.fullName} placeholder="Họ và tên đầy đủ" onChange={(e) => setSigner(i, { fullName: e.currentTarget.value })} /></Table.Td>
                  <Table.Td>
                    <Select aria-label={`Ký thay cho ${i + 1}`} clearable placeholder="Không (thủ trưởng)" data={heads.filter((h) => h !== s.position)} value={s.signsFor ?? null}
                      onChange={(v) => setSigner(i, { signsFor: v })} />
                  </Table.Td>
                  <Table.Td><ActionIcon variant="subtle" color="red" aria-label="Bỏ người ký" disabled={f.signers.length < 2} onClick={() => set({ signers: f.signers.filter((_, k) => k !== i) })}>×</ActionIcon></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Select mt="xs" w={320} label="Người ký văn bản của cơ quan" data={f.signers.map((s) => s.position).filter(Boolean)} value={f.defaultSigner} onChange={(v) => v && set({ defaultSigner: v })} />
        </Card>

        <SimpleGrid cols={2}>
          <Card withBorder padding="sm">
            <Title order={3} size="h5" mb="xs">Ký hiệu văn bản</Title>
            <SimpleGrid cols={2} spacing="xs">
              {NUMBERED_KINDS.map((k) => (
                <TextInput key={k} label={NUMBERED_KIND_LABELS[k]} value={f.symbols?.[k] ?? ''} onChange={(e) => set({ symbols: { ...f.symbols, [k]: e.currentTarget.value } })} />
              ))}
            </SimpleGrid>
          </Card>
          <Card withBorder padding="sm">
            <Title order={3} size="h5" mb="xs">Hội đồng Thi đua - Khen thưởng</Title>
            <SimpleGrid cols={2} spacing="xs">
              <TextInput label="Tên Hội đồng" value={f.council.name} onChange={(e) => set({ council: { ...f.council, name: e.currentTarget.value } })} />
              <TextInput label="Chủ tịch Hội đồng" value={f.council.chairName ?? ''} onChange={(e) => set({ council: { ...f.council, chairName: e.currentTarget.value } })} />
              <TextInput label="Phó Chủ tịch (ký KT. tờ trình của Hội đồng)" value={f.council.viceChairName ?? ''} onChange={(e) => set({ council: { ...f.council, viceChairName: e.currentTarget.value } })} />
              <TextInput label="Thư ký Hội đồng" value={f.council.secretaryName ?? ''} onChange={(e) => set({ council: { ...f.council, secretaryName: e.currentTarget.value } })} />
            </SimpleGrid>
            <NumberInput mt="xs" w={320} label="Tỷ lệ phiếu đồng ý (% tổng số thành viên)" suffix="%" decimalSeparator="," min={50} max={100}
              placeholder={law ? `Theo quy định: ${law.text}` : 'Theo danh mục khen thưởng'}
              value={f.council.voteThreshold === null || f.council.voteThreshold === undefined ? '' : Math.round(f.council.voteThreshold * 1000) / 10}
              onChange={(v) => set({ council: { ...f.council, voteThreshold: v === '' ? null : Number(v) / 100 } })} />
            {law && <Text size="xs" c="dimmed" mt={4}>Để trống: dùng {law.text} — {law.citation}</Text>}
          </Card>
        </SimpleGrid>

        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">Quy định về thi đua, khen thưởng của tỉnh (dòng căn cứ)</Title>
          <SimpleGrid cols={4} spacing="xs">
            <TextInput label="Số, ký hiệu" placeholder="12/2024/QĐ-UBND" value={reg.number} onChange={(e) => setReg({ number: e.currentTarget.value })} />
            <TextInput label="Ngày ban hành" placeholder="dd/mm/yyyy" defaultValue={formatDate(reg.date)} key={reg.date}
              onBlur={(e) => setReg({ date: parseDate(e.currentTarget.value) ?? e.currentTarget.value })} />
            <TextInput label="Cơ quan ban hành" value={reg.issuer} onChange={(e) => setReg({ issuer: e.currentTarget.value })} />
            <TextInput label="Trích yếu" value={reg.summary} onChange={(e) => setReg({ summary: e.currentTarget.value })} />
          </SimpleGrid>
        </Card>

        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">Sổ văn bản đi năm {year}</Title>
          {numbers.length ? (
            <Table withTableBorder striped>
              <Table.Thead><Table.Tr><Table.Th>Số, ký hiệu</Table.Th><Table.Th>Ngày</Table.Th><Table.Th>Trích yếu</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{numbers.map((n) => <Table.Tr key={n.id}><Table.Td>{n.printed}</Table.Td><Table.Td>{formatDate(n.issuedOn)}</Table.Td><Table.Td>{n.summary}</Table.Td></Table.Tr>)}</Table.Tbody>
            </Table>
          ) : <Text size="sm" c="dimmed">Chưa có văn bản nào được vào sổ trong năm.</Text>}
        </Card>
      </Stack>
      </div>
    </PageFrame>
  );
}
