import { Text } from '@mantine/core';
import type { Unit } from '../../../src-shared/api';

export function unitStatusText(u: Pick<Unit, 'active' | 'mergedIntoId' | 'mergedIntoName'>): string {
  if (u.mergedIntoId) return `Đã sáp nhập vào ${u.mergedIntoName ?? '(không rõ)'}`;
  return u.active ? 'Đang hoạt động' : 'Ngừng hoạt động';
}

export function UnitStatus({ unit }: { unit: Unit }) {
  const color = unit.mergedIntoId ? 'orange.8' : unit.active ? 'green.8' : 'gray.7';
  const text = unitStatusText(unit);
  return (
    <Text span size="sm" c={color} fw={500} title={text}>
      {text}
    </Text>
  );
}
