import { Box, Button, Group, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Installation } from '../../../src-shared/api';
import { ApiError, invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { Fingerprint } from '../keys/Fingerprint';
import { ConfirmStep } from './ConfirmStep';
import { DemoOffer } from './DemoOffer';
import { checkClerkStep, checkUnitStep, emptyDraft, type Errors, toSetupInput } from './setupForm';
import { UnitStep } from './UnitStep';

/** First run: declare the unit and the clerk, then create the unit's signing key. */
export function SetupWizard() {
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Installation | null>(null);
  const setInstallation = useAppStore((s) => s.setInstallation);
  const setBoot = useAppStore((s) => s.setBoot);

  // Editing a field clears its message; the others stay until the next check.
  const edit = (d: typeof draft) => {
    const changed = new Set<string>();
    for (const part of ['unit', 'parent'] as const) {
      for (const k of ['name', 'code', 'level'] as const) if (d[part][k] !== draft[part][k]) changed.add(`${part}.${k}`);
    }
    if (d.clerkName !== draft.clerkName) changed.add('clerkName');
    setDraft(d);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !changed.has(k))));
  };

  const next = () => {
    const errs = active === 0 ? checkUnitStep(draft) : active === 1 ? checkClerkStep(draft) : {};
    setErrors(errs);
    if (Object.keys(errs).length === 0) setActive(active + 1);
  };

  const finish = async () => {
    setBusy(true);
    try {
      setDone(await invoke('setup.init', toSetupInput(draft)));
      setActive(3);
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) {
        const errs = e.fieldMessages();
        setErrors(errs);
        setActive(Object.keys(errs).some((p) => p.startsWith('unit.') || p.startsWith('parent.')) ? 0 : 1);
      }
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const start = () => {
    if (!done) return;
    setInstallation(done);
    setBoot({ state: 'ready' });
  };

  return (
    <Box mih="100dvh" bg="gray.0" py={32} px="md">
      <Paper maw={760} mx="auto" p="xl" withBorder shadow="xs">
        <Title order={1} size="h2" mb={4}>
          Thiết lập {T.appName}
        </Title>
        <Text c="dimmed" mb="lg">
          Khai báo đơn vị sử dụng chương trình trên máy này. Chỉ làm một lần.
        </Text>
        <Stepper active={active} size="sm" allowNextStepsSelect={false} onStepClick={(i) => active < 3 && setActive(i)}>
          <Stepper.Step label="Đơn vị" description="Đơn vị sử dụng">
            <UnitStep draft={draft} setDraft={edit} errors={errors} />
          </Stepper.Step>
          <Stepper.Step label="Cán bộ" description="Người làm công tác TĐKT">
            <TextInput
              label="Họ tên cán bộ"
              description="Được ghi vào nhật ký của mọi thay đổi dữ liệu."
              placeholder="Ví dụ: Nguyễn Thị Hoa"
              value={draft.clerkName}
              onChange={(e) => edit({ ...draft, clerkName: e.currentTarget.value })}
              error={errors.clerkName}
              withAsterisk
            />
          </Stepper.Step>
          <Stepper.Step label="Xác nhận" description="Kiểm tra lại">
            <ConfirmStep draft={draft} />
          </Stepper.Step>
          <Stepper.Completed>
            {done && (
              <Stack gap="md" data-testid="setup-done">
                <Title order={2} size="h3">
                  Đã thiết lập xong cho {done.unitName}
                </Title>
                <Text fw={600}>Dấu vân tay khóa</Text>
                <Fingerprint keyId={done.keyId} />
                <Text size="sm">
                  {done.level === 'province'
                    ? 'Dấu vân tay này nhận diện các gói dữ liệu có chữ ký của đơn vị. Các đơn vị cấp dưới dùng nó để xác nhận danh sách, phản hồi và quyết định do tỉnh gửi xuống.'
                    : 'Dấu vân tay này nhận diện các gói dữ liệu có chữ ký của đơn vị. Hãy ghi lại và báo cho đơn vị cấp trên để họ xác nhận các gói do đơn vị gửi lên.'}
                </Text>
                <DemoOffer />
                <Group justify="flex-end">
                  <Button size="md" onClick={start}>
                    Bắt đầu làm việc
                  </Button>
                </Group>
              </Stack>
            )}
          </Stepper.Completed>
        </Stepper>
        {active < 3 && (
          <Group justify="space-between" mt="xl">
            <Button variant="default" onClick={() => setActive(active - 1)} disabled={active === 0 || busy}>
              Quay lại
            </Button>
            {active < 2 ? (
              <Button onClick={next}>Tiếp tục</Button>
            ) : (
              <Button onClick={finish} loading={busy}>
                Hoàn tất
              </Button>
            )}
          </Group>
        )}
      </Paper>
    </Box>
  );
}
