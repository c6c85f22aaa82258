import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { KeyInfo } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { formatTimestampDate } from '../../app/format';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { Fingerprint } from './Fingerprint';

const PROTECTION: Record<KeyInfo['protection'], string> = {
  safeStorage: 'Bảo vệ bởi hệ điều hành',
  file: 'Tệp chỉ người dùng này đọc được',
};

/** "Khóa của đơn vị": the public half of the unit's signing key, to give to the unit above. */
export function KeysPage() {
  const [key, setKey] = useState<KeyInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    invoke('keys.show', {})
      .then(setKey)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  return (
    <PageFrame title={T.nav.keys}>
      {error && (
        <Alert color="red" title={T.loadFailed}>
          {error}
        </Alert>
      )}
      {!key && !error && <Text c="dimmed">{T.loading}</Text>}
      {key && (
        <Stack gap="md" style={{ overflowY: 'auto' }}>
          <Paper withBorder p="md">
            <Text fw={600} mb="xs">
              Dấu vân tay khóa
            </Text>
            <Fingerprint keyId={key.keyId} />
            <Text size="sm" c="dimmed" mt="sm">
              Dấu vân tay nhận diện các gói dữ liệu có chữ ký của đơn vị. Khi đơn vị cấp trên nhận gói đầu tiên, hãy
              đọc dấu vân tay này qua điện thoại để họ đối chiếu.
            </Text>
          </Paper>
          <Table withTableBorder variant="vertical" layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>Mã khóa</Table.Th>
                <Table.Td ff="monospace">{key.keyId}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Khóa công khai</Table.Th>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Code style={{ overflowWrap: 'anywhere' }} data-testid="public-key">
                      {key.publicKey}
                    </Code>
                    <CopyButton value={key.publicKey}>
                      {({ copied, copy }) => (
                        <Button size="xs" variant={copied ? 'filled' : 'default'} color={copied ? 'green' : undefined} onClick={copy}>
                          {copied ? 'Đã sao chép' : 'Sao chép'}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Cách bảo vệ khóa bí mật</Table.Th>
                <Table.Td>{PROTECTION[key.protection]}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Ngày tạo</Table.Th>
                <Table.Td>{formatTimestampDate(key.createdAt)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </PageFrame>
  );
}
