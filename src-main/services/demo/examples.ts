import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';

type Invoke = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Four typical examples (a person with last year's award and press coverage, a thôn, a household,
 * a model) and last year's Hội nghị điển hình tiên tiến honouring them; the person's review date
 * falls within the month, so the home page reminds of it.
 */
export async function demoExamples(invoke: Invoke, today: string, home: { id: string }, village: { id: string; name: string }): Promise<number> {
  const now = today.slice(0, 10);
  const year = Number(now.slice(0, 4)) - 1;
  const before = year - 1;
  const movement = (await invoke('movements.list', { year: year + 1, query: '', offset: 0, limit: 1 })).items[0] ?? null;
  const { total } = await invoke('people.search', { query: '', offset: 0, limit: 1, unitId: home.id });
  const [p] = (await invoke('people.search', { query: '', offset: Math.max(0, Math.min(30, total - 4)), limit: 1, unitId: home.id })).items;
  const made = [];
  if (p) {
    const awards = await invoke('examples.awardChoices', { personId: p.id, collectiveId: null });
    made.push(await invoke('examples.create', {
      kind: 'person', personId: p.id, field: 'Cải cách hành chính', movementId: movement?.id ?? null,
      achievements: 'Tham mưu số hóa hồ sơ hộ tịch, rút ngắn thời gian tra cứu cho người dân; giải pháp được công nhận sáng kiến cấp cơ sở.',
      stages: [
        { stage: 'phat-hien', on: `${before}-05-10`, by: 'Văn phòng HĐND và UBND xã' },
        { stage: 'boi-duong', on: `${before}-09-01`, by: 'Phó Chủ tịch UBND xã Điêu Chính Tâm', note: 'Cử đi tập huấn chuyển đổi số' },
        { stage: 'tong-ket', on: `${year}-06-20`, by: 'Hội đồng Thi đua - Khen thưởng xã' },
      ],
      media: [{ outlet: 'Báo Lai Châu', on: `${year}-07-02`, link: 'https://baolaichau.vn/', title: 'Cán bộ trẻ và hồ sơ hộ tịch số' }],
      awardIds: awards.slice(0, 1).map((a) => a.id), reviewOn: addDays(now, 20),
    }));
  }
  made.push(await invoke('examples.create', {
    kind: 'collective', collectiveId: village.id, field: 'Xây dựng nông thôn mới', movementId: movement?.id ?? null,
    achievements: 'Thôn đầu tiên của xã đạt chuẩn nông thôn mới kiểu mẫu; 100% hộ đóng góp làm đường bê tông nội thôn.',
    stages: [{ stage: 'phat-hien', on: `${before}-03-15`, by: 'Ban Thường trực Ủy ban MTTQ xã' }, { stage: 'boi-duong', on: `${before}-06-01`, by: 'UBND xã' }, { stage: 'tong-ket', on: `${year}-05-30`, by: 'UBND xã' }, { stage: 'nhan-rong', on: `${year}-08-15`, by: 'UBND xã', note: 'Ba thôn học tập cách làm' }],
    media: [{ outlet: 'Đài Phát thanh và Truyền hình Lai Châu', on: `${year}-09-05`, title: `Phóng sự: ${village.name} về đích nông thôn mới kiểu mẫu` }],
  }));
  made.push(await invoke('examples.create', {
    kind: 'household', name: 'Hộ ông Vàng A Sử, thôn Nà Khum', field: 'Phát triển kinh tế hộ gia đình',
    achievements: 'Trồng 3 ha chè và cây ăn quả, thu nhập 450 triệu đồng/năm; giúp 5 hộ thoát nghèo.',
    stages: [{ stage: 'phat-hien', on: `${before}-11-20`, by: 'Hội Nông dân xã' }, { stage: 'boi-duong', on: `${year}-02-10`, by: 'Hội Nông dân xã' }],
    ethnicMinority: true, directWorker: true, reviewOn: `${year + 1}-11-20`,
  }));
  made.push(await invoke('examples.create', {
    kind: 'model', name: 'Mô hình “Dân vận khéo” trong vận động hiến đất làm đường', field: 'Dân vận', women: true,
    achievements: 'Vận động 42 hộ hiến 3.200 m² đất mở rộng đường liên thôn, không phát sinh khiếu nại.',
    stages: [{ stage: 'phat-hien', on: `${before}-04-01`, by: 'Ban Dân vận Đảng ủy xã' }, { stage: 'tong-ket', on: `${year}-04-20`, by: 'Ban Dân vận Đảng ủy xã' }],
  }));
  await invoke('examples.saveConference', {
    id: null, title: `Hội nghị điển hình tiên tiến xã Tân Phong năm ${year}`, year, heldOn: `${year}-10-10`, place: 'Hội trường UBND xã',
    exampleIds: made.map((x) => x.id),
  });
  return made.length;
}
