import type { ApiInput, ApiName, ApiOutput } from '../../src-shared/api';
import { today, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { recordDecision } from './decide';

type Invoke = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

/**
 * Work waiting on the home page "Việc cần làm": an initiative application received 100 days
 * ago (its three-month answer is overdue) and, under an upper level, this year's dossier that
 * the upper level returned with a reason — written as the feedback package would land it
 * (hence here, beside the exchange, rather than in services/demo which goes only through the contract).
 */
export async function demoHomeTasks(ctx: ServiceContext, invoke: Invoke): Promise<{ overdueInitiatives: number; returnedDossiers: number }> {
  const me = requireInstallation(ctx);
  const now = today(ctx);
  const received = new Date(Date.parse(`${now}T00:00:00Z`) - 100 * 86_400_000).toISOString().slice(0, 10);
  const author = (await invoke('people.search', { query: '', offset: 5, limit: 1, unitId: null })).items[0];
  if (!author) return { overdueInitiatives: 0, returnedDossiers: 0 };
  const overdue = await invoke('initiatives.create', {
    title: 'Sổ theo dõi tiến độ giải quyết đơn thư của xã', year: Number(received.slice(0, 4)), roundId: null,
    field: 'Cải cách hành chính', authors: [{ personId: author.id, share: 100 }],
  });
  await invoke('initiatives.receive', { id: overdue.id, receivedOn: received, receiptNumber: '' });
  if (!me.parentCode) return { overdueInitiatives: 1, returnedDossiers: 0 };

  const year = Number(now.slice(0, 4));
  const d = await invoke('dossiers.create', {
    year, round: 'thematic', movementId: null, awardCode: 'GIAY_KHEN', referenceDate: now,
    title: `Đề nghị tặng Giấy khen đột xuất năm ${year}`,
  });
  recordDecision(ctx, me.parentCode, {
    subject: { type: 'dossier', id: d.id, origin: me.unitCode }, status: 'returned',
    reasons: [{ field: 'meeting', message: 'Thiếu biên bản họp Hội đồng Thi đua - Khen thưởng xã; hãy bổ sung rồi gửi lại.' }],
    decision: null, note: '',
  });
  return { overdueInitiatives: 1, returnedDossiers: 1 };
}
