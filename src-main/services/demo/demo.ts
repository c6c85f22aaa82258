import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';
import { AppError } from '../../errors';
import { demoPlans } from './plans';
import { demoClusters } from './clusters';
import { demoExamples } from './examples';
import { demoProvinceAwards } from './awards';

type Invoke = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

// A small deterministic generator (mulberry32): the same demo every time, so screenshots,
// tests and training material agree.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Family names weighted roughly as in the population (Nguyễn about a third).
const FAMILY: [string, number][] = [
  ['Nguyễn', 30], ['Trần', 10], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4],
  ['Vũ', 4], ['Võ', 3], ['Đặng', 4], ['Bùi', 3], ['Đỗ', 4], ['Hồ', 2], ['Ngô', 2], ['Dương', 2], ['Lý', 1],
];
const MIDDLE = { male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Thành', 'Xuân'], female: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Hồng'] };
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Định', 'Đạt'],
  female: ['Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Ngọc', 'Phương', 'Thảo', 'Trang', 'Yến', 'Điệp'],
};
const POSITIONS: [string, boolean][] = [
  ['Chủ tịch UBND xã', false], ['Phó Chủ tịch UBND xã', false], ['Công chức Văn phòng - Thống kê', false],
  ['Công chức Tư pháp - Hộ tịch', false], ['Giáo viên', false], ['Bác sĩ', false], ['Y sĩ', false],
  ['Trưởng thôn', false], ['Nông dân', true], ['Công nhân', true], ['Chi hội trưởng Hội Phụ nữ', false],
  ['Bí thư Đoàn Thanh niên', false], ['Xã viên hợp tác xã', true],
];
/** What the báo cáo thành tích asks and the person form keeps: schooling by the kind of work. */
const QUALIFICATION: Record<string, [qualification: string, academicRank: string]> = {
  'Chủ tịch UBND xã': ['Đại học (Cử nhân Luật); Cao cấp lý luận chính trị', 'Thạc sĩ Quản lý công'],
  'Phó Chủ tịch UBND xã': ['Đại học (Cử nhân Kinh tế nông nghiệp); Trung cấp lý luận chính trị', ''],
  'Giáo viên': ['Đại học Sư phạm Tiểu học', ''],
  'Bác sĩ': ['Đại học Y (Bác sĩ đa khoa); Bác sĩ chuyên khoa cấp I', ''],
  'Y sĩ': ['Trung cấp Y sĩ đa khoa', ''],
  'Nông dân': ['Trung học phổ thông', ''],
  'Công nhân': ['Trung cấp nghề Điện công nghiệp', ''],
  'Xã viên hợp tác xã': ['Trung học phổ thông', ''],
  'Trưởng thôn': ['Trung học phổ thông; Sơ cấp lý luận chính trị', ''],
};
const VILLAGES = ['Nà Khum', 'Pá Pầu', 'Bản Lang', 'Nậm Cuổi', 'Hô Ta', 'Phiêng Lúc', 'Tả Sìn Thàng'];
const REMOTE_VILLAGES = new Set(['Nậm Cuổi', 'Hô Ta', 'Tả Sìn Thàng']);

/** Quê quán, trú quán, trình độ, học vị, vùng sâu vùng xa of the i-th demo person (from i, so the random names stay as they were). */
function demoParticulars(i: number, position: string, home: string) {
  const [qualification, academicRank] = QUALIFICATION[position] ?? ['Đại học (Cử nhân Quản lý nhà nước)', ''];
  return {
    homeTown: `Xã ${COMMUNES[(i * 7) % COMMUNES.length]}, tỉnh Lai Châu`,
    residence: `Thôn ${VILLAGES[i % VILLAGES.length]}, ${/tỉnh/iu.test(home) ? home : `${home.replace(/^Xã /u, 'xã ')}, tỉnh Lai Châu`}`,
    qualification,
    academicRank,
    // Vùng sâu, vùng xa by the thôn they live in; one in five left Chưa rõ, as a clerk's registry would be.
    remoteArea: i % 5 === 4 ? null : REMOTE_VILLAGES.has(VILLAGES[i % VILLAGES.length]!),
  };
}

const ETHNIC = ['01', '01', '01', '01', '01', '01', '02', '03', '06', '08', '09', '07'];
const COMMUNES = ['Tân Phong', 'Đông Hưng', 'Phúc Thọ', 'Mường Tè', 'Bình Lư', 'Sìn Hồ', 'Đoàn Kết', 'Quyết Thắng', 'Nậm Tăm', 'Thanh Xuân'];
const COLLECTIVES: [string, ApiInput<'collectives.create'>['kind'], number][] = [
  ['Văn phòng HĐND và UBND xã', 'department', 18], ['Phòng Kinh tế', 'department', 7],
  ['Phòng Văn hóa - Xã hội', 'department', 6], ['Trung tâm Phục vụ hành chính công', 'department', 9],
  ['Thôn Đông', 'village', 312], ['Thôn Tây', 'village', 280], ['Thôn Bắc Sơn', 'village', 205],
  ['Thôn Nà Ban', 'village', 164], ['Tổ dân phố số 1', 'village', 240], ['Bản Đán Đăm', 'village', 131],
  ['Trường Mầm non Hoa Ban', 'school', 24], ['Trường Tiểu học Tân Phong', 'school', 31],
  ['Trường THCS Đoàn Kết', 'school', 28], ['Trạm Y tế xã', 'health', 11],
  ['Hội Nông dân xã', 'association', 540], ['Hội Liên hiệp Phụ nữ xã', 'association', 610],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'association', 220], ['Hội Cựu chiến binh xã', 'association', 150],
  ['Hợp tác xã Nông nghiệp Tân Phong', 'enterprise', 86], ['Công ty TNHH Chè Đông Hưng', 'enterprise', 64],
];

/**
 * Realistic demo data for this installation's unit: a province with ten communes, about 300
 * people (some entered as NFD, as a combining-mark keyboard would) and 20 collectives. Goes
 * through the contract like a clerk would, so every rule and audit row applies.
 */
export async function generateDemo(invoke: Invoke, opts: { people?: number } = {}) {
  const status = await invoke('setup.status', {});
  const inst = status.installation;
  if (!inst) throw new AppError('NOT_INITIALIZED', 'Hãy thiết lập đơn vị (lệnh init) trước khi tạo dữ liệu mẫu.');
  const existing = await invoke('units.list', { query: '', level: null, parentId: null, includeInactive: true });
  const byCode = new Map(existing.items.map((u) => [u.code, u]));

  // The province is this unit's parent when there is one, else this unit itself.
  let province = inst.level === 'province' ? byCode.get(inst.unitCode) : byCode.get(inst.parentCode ?? '');
  if (!province) {
    province = await invoke('units.create', { code: `${inst.unitCode}-T`, name: 'Tỉnh Lai Châu', level: 'province', parentId: null });
  }
  const firstDemo = `${province.code}.X01`;
  if (byCode.has(firstDemo)) {
    throw new AppError('DEMO_EXISTS', 'Dữ liệu mẫu đã được tạo trong thư mục dữ liệu này.');
  }
  const communes = [];
  for (const [i, name] of COMMUNES.entries()) {
    const code = `${province.code}.X${String(i + 1).padStart(2, '0')}`;
    communes.push(await invoke('units.create', { code, name: `Xã ${name}`, level: 'commune', parentId: province.id }));
  }
  const home = byCode.get(inst.unitCode) ?? communes[0]!;

  const rand = rng(20250701);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const weighted = (xs: [string, number][]) => {
    let r = rand() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[0]![0];
  };

  const collectives = [];
  for (const [name, kind, memberCount] of COLLECTIVES) {
    collectives.push(await invoke('collectives.create', { name, kind, unitId: home.id, memberCount }));
  }

  const count = opts.people ?? 300;
  let created = 0;
  for (let i = 0; i < count; i++) {
    const gender = rand() < 0.5 ? 'male' : 'female';
    // The first few are fixed so every demo has the names the README and tests talk about.
    const familyName = i < 3 ? ['Đặng', 'Đỗ', 'Nguyễn'][i]! : weighted(FAMILY);
    const middleName = pick(MIDDLE[gender]);
    const givenName = pick(GIVEN[gender]);
    const [position, directLabor] = pick(POSITIONS);
    const onlyYear = rand() < 0.15;
    const year = 1960 + Math.floor(rand() * 45);
    const birthDate = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const nfd = i % 10 === 0; // one in ten typed with a combining-mark keyboard
    const form = (s: string) => (nfd ? s.normalize('NFD') : s);
    const inCollective = rand() < 0.6;
    await invoke('people.create', {
      familyName: form(familyName),
      middleName: form(middleName),
      givenName: form(givenName),
      gender,
      birthDate: onlyYear ? null : birthDate,
      birthYear: onlyYear ? year : null,
      ethnicity: pick(ETHNIC),
      position,
      unitId: inCollective ? null : pick([home, home, home, ...communes]).id,
      collectiveId: inCollective ? pick(collectives).id : null,
      directLabor,
      phone: rand() < 0.5 ? `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}` : null,
      ...demoParticulars(i, position, home.name),
    });
    created++;
  }
  await demoSettings(invoke, province.name);
  const registrations = await demoRegistrations(invoke, home.id, collectives[4]!.id, inst.createdAt);
  const dossiers = await demoDossiers(invoke, inst.createdAt, home);
  const initiatives = await demoInitiatives(invoke, inst.createdAt);
  const inspections = await demoInspections(invoke, home, inst.createdAt);
  await demoPlans(invoke, inst.createdAt);
  const clusters = await demoClusters(invoke, communes, inst.createdAt);
  const examples = await demoExamples(invoke, inst.createdAt, home, collectives[4]!);
  const provinceAwards = await demoProvinceAwards(invoke, inst.createdAt, home, collectives[4]!, collectives[11]!);
  return {
    province: province.name, communes: communes.length, collectives: collectives.length, people: created, registrations, dossiers, initiatives, inspections, clusters, examples,
    provinceAwards,
  };
}

/**
 * The commune's document settings: signers (the chairman, a deputy who signs "KT."), the council's
 * chair, vice-chair and secretary, the province's TĐKT body and its regulation (sample values).
 */
async function demoSettings(invoke: Invoke, provinceName: string) {
  const s = await invoke('settings.get', {});
  const province = provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, '');
  await invoke('settings.save', {
    agencyName: s.agencyName, managingAgency: s.managingAgency, placeName: s.placeName, symbols: s.symbols, archiveAbbreviation: s.archiveAbbreviation,
    signers: [
      { position: s.defaultSigner, fullName: 'Lò Văn Páo', signsFor: null },
      { position: s.defaultSigner === 'Chủ tịch' ? 'Phó Chủ tịch' : 'Cấp phó', fullName: 'Điêu Chính Tâm', signsFor: s.defaultSigner },
    ],
    defaultSigner: s.defaultSigner,
    upperBody: s.upperBody || `Sở Nội vụ ${provinceName.charAt(0).toLowerCase()}${provinceName.slice(1)}`,
    regulation: {
      number: '12/2024/QĐ-UBND', date: '2024-05-10', issuer: `Ủy ban nhân dân ${provinceName.charAt(0).toLowerCase()}${provinceName.slice(1)}`,
      summary: `ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh ${province}`,
    },
    council: { ...s.council, chairName: 'Lò Văn Páo', viceChairName: 'Điêu Chính Tâm', secretaryName: 'Lường Thị Hiền' },
    certificatePaper: 'preprinted',
  });
}

/**
 * Last year's CSTĐ cơ sở dossier of the unit's OWN people, with award history behind it: two
 * nominees pass (LĐTT, HTXS, 9 and 8 of 10 votes), one fails the vote (6 of 10), one passes the
 * vote but fails a criterion (only "Hoàn thành nhiệm vụ": not LĐTT level), so the set shows the
 * selection at work: four in the biên bản, two in the tờ trình, danh sách, quyết định and giấy khen.
 */
async function demoDossiers(invoke: Invoke, today: string, home: { id: string }) {
  const year = Number(today.slice(0, 4)) - 1;
  // The unit's own people from the 31st on (fewer with --people: the last four it has).
  const { total } = await invoke('people.search', { query: '', offset: 0, limit: 1, unitId: home.id });
  const people = (await invoke('people.search', { query: '', offset: Math.max(0, Math.min(30, total - 4)), limit: 4, unitId: home.id })).items;
  const levels = ['HTXS', 'HTXS', 'HTXS', 'HT'] as const;
  const votes = [9, 8, 6, 9];
  for (const [i, p] of people.entries()) {
    await invoke('awards.addHistory', {
      subjectType: 'person', subjectId: p.id, year, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', category: 'cong-trang',
      decisionNumber: `${10 + i}/QĐ-UBND`, decisionDate: `${year + 1}-01-0${5 + i}`, issuer: 'Chủ tịch UBND xã',
    });
    await invoke('evaluations.set', { personId: p.id, year, level: levels[i]!, note: '' });
  }
  const d = await invoke('dossiers.create', {
    year, round: 'annual', movementId: null, awardCode: 'CSTDCS', referenceDate: `${year + 1}-01-20`, title: `Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm ${year}`,
  });
  await invoke('dossiers.setMeeting', { id: d.id, meetingDate: `${year + 1}-01-15`, councilTotal: 10, councilPresent: 9, councilWritten: 1 });
  for (const [i, p] of people.entries()) {
    const n = await invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: '' });
    await invoke('dossiers.updateNominee', {
      dossierId: d.id, nomineeId: n.id, summary: `Hoàn thành ${levels[i] === 'HTXS' ? 'xuất sắc' : ''} nhiệm vụ năm ${year}`.replace('  ', ' '),
      report: `${p.fullName} luôn hoàn thành nhiệm vụ được giao.\nTham gia tích cực các phong trào thi đua của xã.`, voteYes: votes[i]!, collectiveFacts: null,
    });
    if (i < 2) await demoReport(invoke, n.id, year);
  }
  // The council's tờ trình and the chairman's decision, numbered in the register (sổ văn bản đi).
  if (`${year + 1}-01-22` <= today.slice(0, 10)) {
    await invoke('settings.takeNumber', { kind: 'to-trinh-hd', issuedOn: `${year + 1}-01-16`, number: null, refType: 'dossier', refId: d.id, summary: `Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm ${year}` });
    await invoke('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: `${year + 1}-01-22`, number: 15, refType: 'dossier', refId: d.id, summary: `Tặng danh hiệu Chiến sĩ thi đua cơ sở năm ${year}` });
  }
  return 1;
}

/** A structured báo cáo thành tích (the decree form) for a nominee: the registry's particulars, the rest typed as a clerk would. */
async function demoReport(invoke: Invoke, nomineeId: string, year: number) {
  const r = await invoke('achievementReports.get', { nomineeId });
  await invoke('achievementReports.save', {
    nomineeId, templateId: r.form.id, templateVersion: r.form.version,
    content: {
      ...r.content,
      // Quê quán, trú quán, trình độ come from the person form; học vị is typed here when the registry has none.
      particulars: { ...r.content.particulars, academicRank: r.content.particulars.academicRank || 'Không' },
      sections: {
        duties: ['Được phân công phụ trách công tác văn hóa - xã hội; tham mưu Ủy ban nhân dân xã tổ chức các phong trào thi đua trên địa bàn.'],
        results: [
          `Năm ${year}, hoàn thành xuất sắc 100% nhiệm vụ được giao, đúng tiến độ và bảo đảm chất lượng.`,
          'Tham mưu tổ chức thành công Lễ tổng kết phong trào thi đua yêu nước và tôn vinh điển hình tiên tiến của xã.',
        ],
        solutions: ['Giải pháp “Số hóa hồ sơ hộ tịch” được Hội đồng sáng kiến xã công nhận, rút ngắn thời gian tra cứu hồ sơ cho người dân.'],
        movements: [
          'Tích cực tham gia phong trào thi đua “Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc”, phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”.',
          'Vận động Nhân dân hưởng ứng phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
        ],
      },
    },
  });
}

/** This year's movement, the unit's registration with three commitments and 30 people, and a thôn's. */
async function demoRegistrations(invoke: Invoke, unitId: string, villageId: string, today: string) {
  const year = Number(today.slice(0, 4));
  const registeredOn = today.slice(0, 10) < `${year}-03-31` ? today.slice(0, 10) : `${year}-03-15`;
  const movement = await invoke('movements.create', {
    name: 'Phong trào thi đua "Chung sức xây dựng nông thôn mới"', kind: 'regular', year,
    theme: 'Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ', slogan: 'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng',
    targets: [{ text: 'Tỷ lệ hộ nghèo giảm', value: 2, unit: '%' }, { text: 'Thôn đạt chuẩn nông thôn mới kiểu mẫu', value: 1, unit: 'thôn' }],
    criteria: [{ text: 'Hoàn thành xuất sắc chỉ tiêu kinh tế - xã hội' }], legalBasis: 'Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP',
  });
  const { registration } = await invoke('registrations.create', {
    year, movementId: movement.id, registrantKind: 'unit', unitId, titles: ['TTLDXS'], registeredOn,
    commitments: [
      { text: 'Hoàn thành 100% chỉ tiêu Nghị quyết HĐND xã giao', value: 100, unit: '%' },
      { text: 'Thu ngân sách trên địa bàn', value: 12_500_000_000, unit: 'đồng' },
      { text: 'Không có cán bộ, công chức bị kỷ luật', value: null, unit: '' },
    ],
    signerName: 'Lò Văn Páo', signerPosition: 'Chủ tịch UBND xã',
  });
  const people = (await invoke('people.search', { query: '', offset: 0, limit: 30, unitId: null })).items;
  await invoke('registrations.addEntries', {
    registrationId: registration.id,
    entries: people.map((p, i) => ({ personId: p.id, title: i % 5 === 0 ? 'CSTDCS' : 'LDTT', note: '' })),
  });
  await invoke('registrations.create', {
    year, movementId: movement.id, registrantKind: 'collective', collectiveId: villageId, titles: ['THON_VH'], registeredOn,
    commitments: [{ text: 'Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa', value: 90, unit: '%' }],
    signerName: 'Hà Văn Thắng', signerPosition: 'Trưởng thôn',
  });
  return 2;
}

/**
 * Last year's đợt I with a three-member council: one application recognised (cơ sở), one
 * refused, one still waiting for its third sheet; and one received 80 days ago whose answer is
 * due within the fortnight, so the deadline warning has something to show.
 */
async function demoInitiatives(invoke: Invoke, today: string) {
  const year = Number(today.slice(0, 4)) - 1;
  // Authors other than the dossier's nominees (from the 41st person on, fewer with --people).
  const found = (await invoke('people.search', { query: '', offset: 0, limit: 44, unitId: null })).items;
  if (!found.length) return 0;
  const people = [0, 1, 2, 3].map((k) => found[Math.max(0, found.length - 4) + (k % found.length)] ?? found[k % found.length]!);
  const [dot1] = await invoke('initiatives.createDefaultRounds', { year });
  const round = await invoke('initiatives.setCouncil', {
    roundId: dot1!.id,
    members: [
      { id: null, name: 'Lò Văn Páo', position: 'Chủ tịch UBND xã', role: 'chu-tich' },
      { id: null, name: 'Lường Thị Hiền', position: 'Công chức Văn phòng - Thống kê', role: 'thu-ky' },
      { id: null, name: 'Điêu Chính Tâm', position: 'Phó Chủ tịch UBND xã', role: 'uy-vien' },
    ],
  });
  const apps = [
    { title: 'Ứng dụng bảng tính dùng chung theo dõi hồ sơ một cửa', authors: [{ personId: people[0]!.id, share: 60 }, { personId: people[1]!.id, share: 40 }], scores: [[32, 24, 22], [30, 22, 20], [34, 25, 24]] },
    { title: 'Sổ tay hướng dẫn thủ tục hộ tịch bằng tiếng Thái', authors: [{ personId: people[2]!.id, share: 100 }], scores: [[12, 10, 8], [15, 12, 10], [10, 8, 6]] },
    { title: 'Lịch trực tiếp dân qua nhóm Zalo thôn', authors: [{ personId: people[3]!.id, share: 100 }], scores: [[25, 20, 18], [28, 20, 20]] },
  ];
  const ids: string[] = [];
  for (const a of apps) {
    const i = await invoke('initiatives.create', {
      title: a.title, year, roundId: round.id, investor: 'UBND xã', field: 'Cải cách hành chính', firstAppliedOn: `${year}-03-01`,
      problem: 'Người dân phải đi lại nhiều lần để hỏi kết quả giải quyết hồ sơ.', description: 'Mô tả giải pháp, các bước thực hiện và kết quả áp dụng thử.',
      authors: a.authors,
    });
    await invoke('initiatives.receive', { id: i.id, receivedOn: `${year}-05-10`, receiptNumber: '' });
    for (const [k, sc] of a.scores.entries()) {
      await invoke('initiatives.score', { initiativeId: i.id, memberId: round.members[k]!.id, scores: { 'tinh-moi': sc[0]!, 'kha-nang-ap-dung': sc[1]!, 'hieu-qua': sc[2]! }, comment: '' });
    }
    ids.push(i.id);
  }
  await invoke('initiatives.decide', { id: ids[0]!, outcome: 'recognised', scope: 'co-so', recognisingBody: 'Chủ tịch UBND xã', decisionNumber: `85/QĐ-UBND`, decisionDate: `${year}-07-15`, certificateNumber: '' });
  await invoke('initiatives.decide', {
    id: ids[1]!, outcome: 'refused', recognisingBody: 'Chủ tịch UBND xã', decisionNumber: `86/UBND`, decisionDate: `${year}-07-15`,
    refusalReason: 'Điểm trung bình của Hội đồng sáng kiến dưới mức công nhận; nội dung đã được áp dụng rộng rãi trước khi nộp đơn.',
  });
  const received = new Date(Date.parse(`${today.slice(0, 10)}T00:00:00Z`) - 80 * 86_400_000).toISOString().slice(0, 10);
  const [, dot2] = await invoke('initiatives.createDefaultRounds', { year: Number(received.slice(0, 4)) });
  const late = await invoke('initiatives.create', {
    title: 'Bản đồ số các hộ nghèo, cận nghèo của xã', year: Number(received.slice(0, 4)), roundId: dot2!.status === 'open' && received <= (dot2!.deadline ?? received) ? dot2!.id : null,
    field: 'Giảm nghèo', authors: [{ personId: people[0]!.id, share: 100 }],
  });
  await invoke('initiatives.receive', { id: late.id, receivedOn: received, receiptNumber: '' });
  return ids.length + 1;
}

/**
 * This year's inspection plan over two units directly under this one (taken from the registry,
 * whatever their level; two agencies are added when there are none): one inspection finished
 * with some items not met, the other still planned.
 */
async function demoInspections(invoke: Invoke, home: { id: string; code: string; name: string }, today: string) {
  const year = Number(today.slice(0, 4));
  let targets = (await invoke('units.list', { query: '', level: null, parentId: home.id, includeInactive: false })).items.filter((u) => u.id !== home.id);
  if (targets.length < 2) {
    targets = [
      await invoke('units.create', { code: `${home.code}.THCS`, name: 'Trường THCS Đoàn Kết', level: 'agency', parentId: home.id }),
      await invoke('units.create', { code: `${home.code}.TYT`, name: 'Trạm Y tế xã', level: 'agency', parentId: home.id }),
    ];
  }
  const plan = await invoke('inspections.createPlan', {
    year, inspectingBody: home.name, planNumber: '15/KH-UBND', planDate: `${year}-03-05`,
    team: [
      { name: 'Lò Văn Páo', position: 'Chủ tịch Hội đồng Thi đua - Khen thưởng', role: 'truong-doan' },
      { name: 'Điêu Chính Tâm', position: 'Phó Chủ tịch UBND', role: 'pho-truong-doan' },
      { name: 'Lường Thị Hiền', position: 'Công chức Văn phòng - Thống kê', role: 'thu-ky' },
    ],
    units: targets.slice(0, 2).map((u, i) => ({ unitId: u.id, plannedFrom: `${year}-0${4 + i}-10`, plannedTo: `${year}-0${4 + i}-11` })),
    recommendations: 'Các đơn vị sửa đổi, bổ sung Quy chế thi đua, khen thưởng cho phù hợp Luật Thi đua, khen thưởng năm 2022; kiện toàn Hội đồng Thi đua - Khen thưởng.',
  });
  const done = plan.units[0]!;
  const detail = await invoke('inspections.get', { id: done.id });
  const notMet: Record<string, string> = {
    '1.2': 'Quy chế thi đua, khen thưởng ban hành năm 2019, chưa sửa đổi theo Luật Thi đua, khen thưởng năm 2022.',
    '3.1': 'Chưa kiện toàn Hội đồng Thi đua - Khen thưởng khi thay đổi nhân sự; biên bản họp xét không ghi số phiếu.',
    '5.1': 'Chưa có kế hoạch phát hiện, nhân rộng điển hình tiên tiến.',
  };
  for (const item of detail.template.sections.flatMap((s) => s.items)) {
    const findings = notMet[item.code];
    await invoke('inspections.answer', {
      inspectionId: done.id, itemCode: item.code, result: findings ? 'chua-dat' : item.code === '6.1' ? 'kad' : 'dat',
      findings: findings ?? '', documentsSeen: findings ? item.evidence : '',
    });
  }
  await invoke('inspections.finish', { id: done.id, reason: null, conclusion: 'Đơn vị cơ bản thực hiện tốt công tác thi đua, khen thưởng; còn một số tồn tại cần khắc phục.' });
  return plan.units.length;
}
