import { Alert, Button, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { errorMessage, invoke } from '../api';
import { BackupPage } from '../features/backup/BackupPage';
import { SetupWizard } from '../features/setup/SetupWizard';
import { Shell } from './Shell';
import { useAppStore } from './store';
import { T } from './strings';
import { theme } from './theme';

/** Asks the main process whether this installation is set up, then shows the wizard or the app. */
function Boot() {
  const boot = useAppStore((s) => s.boot);
  const setBoot = useAppStore((s) => s.setBoot);
  const setInstallation = useAppStore((s) => s.setInstallation);
  // A database that cannot be opened: the restore screen is still reachable from the error.
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let alive = true;
    invoke('setup.status', {})
      .then((status) => {
        if (!alive) return;
        if (status.initialized && status.installation) {
          setInstallation(status.installation);
          setBoot({ state: 'ready' });
        } else setBoot({ state: 'setup' });
      })
      .catch((e: unknown) => alive && setBoot({ state: 'error', message: errorMessage(e) }));
    return () => {
      alive = false;
    };
  }, [setBoot, setInstallation]);

  switch (boot.state) {
    case 'loading':
      return (
        <Center h="100dvh">
          <Stack align="center" gap="xs">
            <Loader />
            <Text c="dimmed">{T.loading}</Text>
          </Stack>
        </Center>
      );
    case 'error':
      return (
        <Center h="100dvh" p="xl">
          <Stack maw={1100} w="100%" h="100%" justify={restoring ? 'flex-start' : 'center'} align="center">
            <Alert color="red" title="Không mở được dữ liệu của TĐKT Desktop" maw={640} role="alert">
              <Text>{boot.message}</Text>
              <Text mt="sm" size="sm">
                Hãy đóng chương trình rồi mở lại. Nếu vẫn gặp lỗi này, hãy báo bộ phận hỗ trợ kèm nội dung trên.
              </Text>
              {!restoring && (
                <Button mt="sm" color="red" onClick={() => setRestoring(true)}>
                  Khôi phục từ bản sao lưu
                </Button>
              )}
            </Alert>
            {restoring && <BackupPage onRestored={() => window.location.reload()} />}
          </Stack>
        </Center>
      );
    case 'setup':
      return <SetupWizard />;
    case 'ready':
      return <Shell />;
  }
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* Top centre, over the empty middle of the header rather than on the buttons a clerk has just used; at most two at once so a stack does not reach the filters and the first fields of a dialog. */}
      <Notifications position="top-center" limit={2} />
      <Boot />
    </MantineProvider>
  );
}
