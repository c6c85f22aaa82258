import { describe, expect, it } from 'vitest';
import { check, ev, hold, sol, title, titles, withParams, type Case } from './fixtures';

const vote = (yes: number, totalMembers = 10, present = totalMembers, written = 0) => ({ totalMembers, present, yes, written });

describe('Lao động tiên tiến (Luật TĐKT 2022, Điều 24 khoản 1)', () => {
  const rows: Case[] = [
    { name: 'HTT passes', award: 'LDTT', facts: { evaluations: [ev(2025, 'HTT')] }, overall: 'pass', expect: { 'ldtt.task': ['pass', /^Năm 2025 hoàn thành tốt nhiệm vụ \(HTT\); yêu cầu từ hoàn thành tốt nhiệm vụ \(HTT\) trở lên\.$/] } },
    { name: 'HTXS passes', award: 'LDTT', facts: { evaluations: [ev(2025, 'HTXS')] }, overall: 'pass', expect: { 'ldtt.task': ['pass', /hoàn thành xuất sắc nhiệm vụ \(HTXS\)/] } },
    { name: 'HT fails', award: 'LDTT', facts: { evaluations: [ev(2025, 'HT')] }, overall: 'fail', expect: { 'ldtt.task': ['fail', /^Năm 2025 chỉ hoàn thành nhiệm vụ \(HT\); yêu cầu từ hoàn thành tốt nhiệm vụ \(HTT\) trở lên\.$/] } },
    { name: 'KHT fails', award: 'LDTT', facts: { evaluations: [ev(2025, 'KHT')] }, overall: 'fail', expect: { 'ldtt.task': ['fail', /không hoàn thành nhiệm vụ \(KHT\)/] } },
    { name: 'no evaluation needs evidence, not fail', award: 'LDTT', facts: {}, overall: 'evidence', expect: { 'ldtt.task': ['evidence', /Chưa có kết quả đánh giá mức độ hoàn thành nhiệm vụ năm 2025/] } },
    { name: 'year boundary: last year’s HTT does not count for this year', award: 'LDTT', facts: { evaluations: [ev(2024, 'HTT'), ev(2026, 'HTT')] }, overall: 'evidence', expect: { 'ldtt.task': ['evidence', /năm 2025/] } },
    {
      name: 'a province that requires HTXS (ldttMinLevel) fails HTT',
      award: 'LDTT',
      ruleSet: () => withParams({ ldttMinLevel: 'HTXS' }),
      facts: { evaluations: [ev(2025, 'HTT')] },
      overall: 'fail',
      expect: { 'ldtt.task': ['fail', /yêu cầu từ hoàn thành xuất sắc nhiệm vụ \(HTXS\)/] },
    },
    {
      name: 'already LĐTT for 2025 fails "once"',
      award: 'LDTT',
      facts: { evaluations: [ev(2025, 'HTT')], history: [title('LDTT', 2025, 'cong-trang', '2026-01-05')] },
      overall: 'fail',
      expect: { once: ['fail', /^Đã được tặng Lao động tiên tiến năm 2025 \(quyết định số 2025\/QĐ-UBND ngày 05\/01\/2026\)\.$/], 'ldtt.task': ['pass'] },
    },
    { name: 'LĐTT of 2024 is no duplicate for 2025', award: 'LDTT', facts: { evaluations: [ev(2025, 'HTT')], history: [title('LDTT', 2024)] }, overall: 'pass', expect: { once: ['pass', /Chưa được tặng Lao động tiên tiến năm 2025/] } },
    { name: 'a collective cannot be LĐTT', award: 'LDTT', facts: { subject: 'collective', evaluations: [ev(2025, 'HTT')] }, overall: 'fail', expect: { subject: ['fail', /Lao động tiên tiến dành cho cá nhân; đối tượng được đề nghị là tập thể/] } },
    { name: 'an award code the rule set lacks fails with the set named', award: 'ANH_HUNG_LD', facts: {}, overall: 'fail', expect: { catalogue: ['fail', /Bộ quy tắc “VN-ND152-2025” .* không có .* mã “ANH_HUNG_LD”/] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Chiến sĩ thi đua cơ sở (Luật TĐKT 2022, Điều 23): LĐTT plus one of HTXS / initiative / topic', () => {
  const ok = { vote: vote(8) };
  const rows: Case[] = [
    { name: 'HTXS alone passes and consumes no initiative', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTXS')], initiatives: [sol('SK1', '2025-05-10')] }, overall: 'pass', expect: { 'cstdcs.ldtt': ['pass'], 'cstdcs.achievement': ['pass', /^Năm 2025 hoàn thành xuất sắc nhiệm vụ \(HTXS\)\.$/] }, uses: { initiatives: [], topics: [] } },
    { name: 'HTT with a recognised initiative passes and uses it', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2025-05-10')] }, overall: 'pass', expect: { 'cstdcs.achievement': ['pass', /sáng kiến “Giải pháp SK1” \(phạm vi cấp cơ sở, công nhận ngày 10\/05\/2025\)/] }, uses: { initiatives: ['SK1'], topics: [] } },
    { name: 'HTT with an accepted topic passes and uses it', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], topics: [sol('DT1', '2025-11-20', 'tinh')] }, overall: 'pass', expect: { 'cstdcs.achievement': ['pass', /đề tài “Giải pháp DT1”/] }, uses: { initiatives: [], topics: ['DT1'] } },
    { name: 'HTT with nothing else fails', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')] }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail', /^Năm 2025 chỉ hoàn thành tốt nhiệm vụ \(HTT\) và không có sáng kiến hoặc đề tài khoa học được công nhận trong thời gian tính thành tích \(01\/01\/2025 – 15\/01\/2026\)\.$/] } },
    {
      name: 'an initiative already used for another award does not count again',
      award: 'CSTDCS',
      facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2025-05-10', 'co-so', 'other-dossier')] },
      ctx: { dossierId: 'this-dossier' },
      overall: 'fail',
      expect: { 'cstdcs.achievement': ['fail', /Không tính: Sáng kiến “Giải pháp SK1” đã được dùng làm căn cứ cho một khen thưởng khác \(Luật TĐKT 2022, Điều 5; CV 5007\/BNV-TĐKT\)\./] },
      uses: { initiatives: [] },
    },
    { name: 'an initiative already bound to this dossier still counts', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2025-05-10', 'co-so', 'this-dossier')] }, ctx: { dossierId: 'this-dossier' }, overall: 'pass', uses: { initiatives: ['SK1'] } },
    { name: 'year boundary: recognised 31/12/2024 is outside the 2025 period', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2024-12-31')] }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail', /được công nhận ngày 31\/12\/2024, trước thời gian tính thành tích \(từ 01\/01\/2025\)/] } },
    { name: 'year boundary: recognised 01/01/2025 is inside', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2025-01-01')] }, overall: 'pass', uses: { initiatives: ['SK1'] } },
    { name: 'recognised in January 2026, before the reference date, counts for 2025', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2026-01-10')] }, overall: 'pass', uses: { initiatives: ['SK1'] } },
    { name: 'recognised after the reference date does not count yet', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2026-01-16')] }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail', /công nhận ngày 16\/01\/2026, sau ngày tham chiếu 15\/01\/2026/] } },
    {
      name: 'no evaluation and no initiative: both criteria need evidence',
      award: 'CSTDCS',
      facts: { ...ok },
      overall: 'evidence',
      expect: { 'cstdcs.ldtt': ['evidence', /năm 2025/], 'cstdcs.achievement': ['evidence', /cần một trong các minh chứng: hoàn thành xuất sắc nhiệm vụ, sáng kiến hoặc đề tài/] },
    },
    {
      name: 'no evaluation, but LĐTT already decided and an initiative: passes',
      award: 'CSTDCS',
      facts: { ...ok, history: [title('LDTT', 2025)], initiatives: [sol('SK1', '2025-03-01')] },
      overall: 'pass',
      expect: { 'cstdcs.ldtt': ['pass', /^Đã được tặng LĐTT năm 2025 \(quyết định số 2025\/QĐ-UBND\)\.$/] },
    },
    { name: 'HT with an initiative fails on the LĐTT criterion', award: 'CSTDCS', facts: { ...ok, evaluations: [ev(2025, 'HT')], initiatives: [sol('SK1', '2025-03-01')] }, overall: 'fail', expect: { 'cstdcs.ldtt': ['fail', /chỉ hoàn thành nhiệm vụ \(HT\)/], 'cstdcs.achievement': ['pass'] } },
    { name: 'no vote recorded needs evidence', award: 'CSTDCS', facts: { evaluations: [ev(2025, 'HTXS')] }, overall: 'evidence', expect: { vote: ['evidence', /Chưa có kết quả bỏ phiếu kín của Hội đồng/] } },
    { name: 'vote exactly at 80% passes', award: 'CSTDCS', facts: { evaluations: [ev(2025, 'HTXS')], vote: vote(8) }, overall: 'pass', expect: { vote: ['pass', /^Đạt 8\/10 phiếu đồng ý \(80%\) trên tổng số thành viên Hội đồng/] } },
    { name: 'vote one below 80% fails', award: 'CSTDCS', facts: { evaluations: [ev(2025, 'HTXS')], vote: vote(7) }, overall: 'fail', expect: { vote: ['fail', /^Chỉ đạt 7\/10 phiếu đồng ý \(70%\).*yêu cầu từ 80% \(ít nhất 8 phiếu\)/] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });

  // The draft amending law (UNCONFIRMED) would require HTXS AND an initiative: a parameter, not code.
  const strict = () => withParams({ cstdcsRoute: 'htxs-and-solution' });
  const strictRows: Case[] = [
    { name: 'HTXS alone fails', award: 'CSTDCS', ruleSet: strict, facts: { ...ok, evaluations: [ev(2025, 'HTXS')] }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail', /HTXS\) nhưng không có sáng kiến.*yêu cầu cả hai/] } },
    { name: 'HTXS with an initiative passes', award: 'CSTDCS', ruleSet: strict, facts: { ...ok, evaluations: [ev(2025, 'HTXS')], initiatives: [sol('SK1', '2025-03-01')] }, overall: 'pass', uses: { initiatives: ['SK1'] } },
    { name: 'HTT with an initiative fails', award: 'CSTDCS', ruleSet: strict, facts: { ...ok, evaluations: [ev(2025, 'HTT')], initiatives: [sol('SK1', '2025-03-01')] }, overall: 'fail', expect: { 'cstdcs.achievement': ['fail', /yêu cầu hoàn thành xuất sắc nhiệm vụ và có sáng kiến/] } },
    { name: 'no evaluation needs evidence', award: 'CSTDCS', ruleSet: strict, facts: { ...ok, initiatives: [sol('SK1', '2025-03-01')] }, overall: 'evidence', expect: { 'cstdcs.achievement': ['evidence'] } },
  ];
  it.each(strictRows)('route "htxs-and-solution": $name', (c) => {
    check(c);
  });
});

describe('Chiến sĩ thi đua cấp tỉnh (Luật TĐKT 2022, Điều 22): 3 consecutive CSTĐCS and a provincial-scope initiative', () => {
  const base = { vote: vote(9), initiatives: [sol('SK-T', '2024-06-01', 'tinh')] };
  const rows: Case[] = [
    { name: '2023, 2024, 2025 with a provincial initiative passes', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025) }, overall: 'pass', expect: { 'cstd-tinh.streak': ['pass', /^Có 3\/3 năm liên tục đạt CSTĐCS \(2023, 2024, 2025\)\.$/], 'cstd-tinh.solution': ['pass', /phạm vi cấp tỉnh/] }, uses: { initiatives: ['SK-T'] } },
    { name: 'missing the first year fails and names it', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2024, 2025) }, overall: 'fail', expect: { 'cstd-tinh.streak': ['fail', /^Có 2\/3 năm liên tục đạt CSTĐCS \(2024, 2025\); thiếu năm 2023\.$/] } },
    { name: 'streak broken by one year fails', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2022, 2023, 2025) }, overall: 'fail', expect: { 'cstd-tinh.streak': ['fail', /thiếu năm 2024/] } },
    { name: 'a đột xuất CSTĐCS in the streak does not count', award: 'CSTD_TINH', facts: { ...base, history: [title('CSTDCS', 2023), title('CSTDCS', 2024, 'dot-xuat'), title('CSTDCS', 2025)] }, overall: 'fail', expect: { 'cstd-tinh.streak': ['fail', /^Có 2\/3 năm liên tục đạt CSTĐCS \(2023, 2025\); CSTĐCS năm 2024 là khen thưởng đột xuất, không được tính \(NĐ 152\/2025\/NĐ-CP, Điều 4\)\.$/] } },
    { name: 'a chuyên đề CSTĐCS in the streak does not count', award: 'CSTD_TINH', facts: { ...base, history: [title('CSTDCS', 2023), title('CSTDCS', 2024, 'chuyen-de'), title('CSTDCS', 2025)] }, overall: 'fail', expect: { 'cstd-tinh.streak': ['fail', /phong trào thi đua theo chuyên đề, không được tính/] } },
    { name: 'a phong trào theo đợt CSTĐCS counts', award: 'CSTD_TINH', facts: { ...base, history: [title('CSTDCS', 2023), title('CSTDCS', 2024, 'phong-trao'), title('CSTDCS', 2025)] }, overall: 'pass' },
    { name: 'only this year’s CSTĐCS is missing: needs that decision', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024) }, overall: 'evidence', expect: { 'cstd-tinh.streak': ['evidence', /^Có 2\/3 năm liên tục đạt CSTĐCS \(2023, 2024\); năm 2025 chưa có quyết định tặng CSTĐCS — cần quyết định đó/] } },
    { name: 'year boundary: CSTĐCS 2024 decided in January 2025 still counts as 2024', award: 'CSTD_TINH', facts: { ...base, history: [title('CSTDCS', 2023, 'cong-trang', '2024-01-12'), title('CSTDCS', 2024, 'cong-trang', '2025-01-20'), title('CSTDCS', 2025, 'cong-trang', '2026-01-08')] }, overall: 'pass' },
    { name: 'years used by an earlier CSTĐ cấp tỉnh do not count again', award: 'CSTD_TINH', facts: { ...base, history: [...titles('CSTDCS', 2021, 2022, 2023, 2024, 2025), title('CSTD_TINH', 2023)] }, overall: 'fail', expect: { 'cstd-tinh.streak': ['fail', /^Có 2\/3 năm liên tục đạt CSTĐCS \(2024, 2025\); năm 2023 đã được tính cho CSTĐ cấp tỉnh năm 2023 \(Luật TĐKT 2022, Điều 5\)\.$/] } },
    { name: 'an earlier CSTĐ cấp tỉnh before the window does not block', award: 'CSTD_TINH', facts: { ...base, history: [...titles('CSTDCS', 2020, 2021, 2022, 2023, 2024, 2025), title('CSTD_TINH', 2022)] }, overall: 'pass' },
    { name: 'initiative scope too low (cơ sở) fails', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), initiatives: [sol('SK-C', '2025-02-01', 'co-so')] }, overall: 'fail', expect: { 'cstd-tinh.solution': ['fail', /Không có sáng kiến hoặc đề tài khoa học phạm vi cấp tỉnh trở lên.*Sáng kiến “Giải pháp SK-C” chỉ có phạm vi ảnh hưởng cấp cơ sở, cần cấp tỉnh trở lên/] } },
    { name: 'a national-scope initiative covers the provincial requirement', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), initiatives: [sol('SK-Q', '2025-02-01', 'toan-quoc')] }, overall: 'pass', uses: { initiatives: ['SK-Q'] } },
    { name: 'the narrowest sufficient initiative is used, keeping the national one free', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), initiatives: [sol('SK-Q', '2023-02-01', 'toan-quoc'), sol('SK-T', '2025-02-01', 'tinh')] }, overall: 'pass', uses: { initiatives: ['SK-T'] } },
    { name: 'a provincial topic counts as well', award: 'CSTD_TINH', facts: { vote: vote(9), history: titles('CSTDCS', 2023, 2024, 2025), topics: [sol('DT-T', '2024-09-09', 'tinh')] }, overall: 'pass', uses: { initiatives: [], topics: ['DT-T'] } },
    { name: 'an initiative recognised on 01/01/2023, the first day of the period, counts', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), initiatives: [sol('SK-T', '2023-01-01', 'tinh')] }, overall: 'pass' },
    { name: 'an initiative recognised on 31/12/2022 is before the period', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), initiatives: [sol('SK-T', '2022-12-31', 'tinh')] }, overall: 'fail', expect: { 'cstd-tinh.solution': ['fail', /trước thời gian tính thành tích \(từ 01\/01\/2023\)/] } },
    { name: 'vote 9/10 reaches 90%', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), vote: vote(9) }, overall: 'pass', expect: { vote: ['pass', /yêu cầu từ 90% \(ít nhất 9 phiếu\)/] } },
    { name: 'vote 8/10 is below 90%', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), vote: vote(8) }, overall: 'fail', expect: { vote: ['fail', /8\/10 phiếu đồng ý \(80%\)/] } },
    { name: 'a discipline in 2023 (inside the 3-year period) blocks', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), holds: [hold('discipline', 'khien-trach', '2022-10-01', '2023-02-01')] }, overall: 'fail', expect: { hold: ['fail', /trùng thời gian tính thành tích \(2023–2025\)/] } },
    { name: 'a discipline that ended in 2022 does not block', award: 'CSTD_TINH', facts: { ...base, history: titles('CSTDCS', 2023, 2024, 2025), holds: [hold('discipline', 'canh-cao', '2021-10-01', '2022-10-01')] }, overall: 'pass', expect: { hold: ['pass'] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Chiến sĩ thi đua toàn quốc (Luật TĐKT 2022, Điều 21): 2 consecutive provincial titles and a national-scope initiative', () => {
  const base = { vote: vote(9), initiatives: [sol('SK-Q', '2024-06-01', 'toan-quoc')] };
  const rows: Case[] = [
    { name: 'CSTĐ cấp tỉnh 2022 and 2025 (one cycle apart) pass', award: 'CSTD_TQ', facts: { ...base, history: titles('CSTD_TINH', 2022, 2025) }, overall: 'pass', expect: { 'cstd-tq.streak': ['pass', /^Có 2\/2 lần liên tục đạt CSTĐ cấp tỉnh \(2022, 2025\)\.$/] }, uses: { initiatives: ['SK-Q'] } },
    { name: 'a gap of a cycle breaks the streak', award: 'CSTD_TQ', facts: { ...base, history: titles('CSTD_TINH', 2019, 2025) }, overall: 'fail', expect: { 'cstd-tq.streak': ['fail', /Có 1\/2 lần liên tục đạt CSTĐ cấp tỉnh \(2025\); thiếu năm 2022/] } },
    { name: 'this year’s provincial title not yet decided: needs it', award: 'CSTD_TQ', facts: { ...base, history: titles('CSTD_TINH', 2022) }, overall: 'evidence', expect: { 'cstd-tq.streak': ['evidence', /năm 2025 chưa có quyết định tặng CSTĐ cấp tỉnh/] } },
    { name: 'a provincial-scope initiative is too low', award: 'CSTD_TQ', facts: { vote: vote(9), history: titles('CSTD_TINH', 2022, 2025), initiatives: [sol('SK-T', '2024-06-01', 'tinh')] }, overall: 'fail', expect: { 'cstd-tq.solution': ['fail', /chỉ có phạm vi ảnh hưởng cấp tỉnh, cần toàn quốc trở lên/] } },
    { name: 'the period starts 01/01/2020 (two 3-year cycles)', award: 'CSTD_TQ', facts: { vote: vote(9), history: titles('CSTD_TINH', 2022, 2025), initiatives: [sol('SK-Q', '2019-12-31', 'toan-quoc')] }, overall: 'fail', expect: { 'cstd-tq.solution': ['fail', /trước thời gian tính thành tích \(từ 01\/01\/2020\)/] } },
    { name: 'with cstdTqStepYears = 1, consecutive calendar years count instead', award: 'CSTD_TQ', ruleSet: () => withParams({ cstdTqStepYears: 1 }), facts: { ...base, history: titles('CSTD_TINH', 2024, 2025) }, overall: 'pass', expect: { 'cstd-tq.streak': ['pass', /2\/2 năm liên tục/] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh, cá nhân (Luật TĐKT 2022, Điều 74): 2 consecutive CSTĐCS, or 2 HTXS years with 2 initiatives', () => {
  const rows: Case[] = [
    { name: 'CSTĐCS 2024 and 2025 pass', award: 'BK_CT_TINH', facts: { history: titles('CSTDCS', 2024, 2025) }, overall: 'pass', expect: { 'bk-tinh.record': ['pass', /^Có 2\/2 năm liên tục đạt CSTĐCS \(2024, 2025\)\.$/] }, uses: { initiatives: [] } },
    {
      name: 'HTXS 2024 and 2025 with two initiatives pass and use both',
      award: 'BK_CT_TINH',
      facts: { evaluations: [ev(2024, 'HTXS'), ev(2025, 'HTXS')], initiatives: [sol('SK2', '2025-04-01'), sol('SK1', '2024-04-01')] },
      overall: 'pass',
      expect: { 'bk-tinh.record': ['pass', /^Có 2\/2 năm liên tục hoàn thành xuất sắc nhiệm vụ \(2024, 2025\) và 2 sáng kiến/] },
      uses: { initiatives: ['SK1', 'SK2'], topics: [] },
    },
    { name: 'two accepted topics count like two initiatives', award: 'BK_CT_TINH', facts: { evaluations: [ev(2024, 'HTXS'), ev(2025, 'HTXS')], topics: [sol('DT1', '2024-04-01'), sol('DT2', '2025-04-01')] }, overall: 'pass', uses: { initiatives: [], topics: ['DT1', 'DT2'] } },
    {
      name: 'one initiative and one topic are not "two initiatives or two topics"',
      award: 'BK_CT_TINH',
      facts: { evaluations: [ev(2024, 'HTXS'), ev(2025, 'HTXS')], initiatives: [sol('SK1', '2024-04-01')], topics: [sol('DT1', '2025-04-01')] },
      overall: 'evidence',
      expect: { 'bk-tinh.record': ['evidence', /1\/2 sáng kiến, 1\/2 đề tài được công nhận từ 01\/01\/2024/] },
      uses: { initiatives: [], topics: [] },
    },
    {
      name: 'one HTXS year is not enough; other grounds need evidence, never fail',
      award: 'BK_CT_TINH',
      facts: { evaluations: [ev(2024, 'HTT'), ev(2025, 'HTXS')], initiatives: [sol('SK1', '2024-04-01'), sol('SK2', '2025-04-01')] },
      overall: 'evidence',
      expect: { 'bk-tinh.record': ['evidence', /Chưa đủ căn cứ công trạng: có 0\/2 năm liên tục đạt CSTĐCS; thiếu năm 2024, 2025; có 1\/2 năm liên tục hoàn thành xuất sắc nhiệm vụ \(2025\), thiếu năm 2024/, /Chỉ có thể xét theo tiêu chuẩn khác/] },
    },
    { name: 'CSTĐCS only in 2025 needs evidence of other grounds', award: 'BK_CT_TINH', facts: { history: titles('CSTDCS', 2023, 2025) }, overall: 'evidence', expect: { 'bk-tinh.record': ['evidence', /^Chưa đủ căn cứ công trạng: có 1\/2 năm liên tục đạt CSTĐCS \(2025\); thiếu năm 2024; có 0\/2 năm liên tục hoàn thành xuất sắc nhiệm vụ, thiếu năm 2024, 2025;/] } },
    {
      name: 'years used by the 2024 công trạng Bằng khen do not count again',
      award: 'BK_CT_TINH',
      facts: { history: [...titles('CSTDCS', 2023, 2024, 2025), title('BK_CT_TINH', 2024)], evaluations: [ev(2024, 'HTXS'), ev(2025, 'HTXS')], initiatives: [sol('SK1', '2025-02-01'), sol('SK2', '2025-03-01')] },
      overall: 'evidence',
      expect: { 'bk-tinh.record': ['evidence', /năm 2024 đã được tính cho Bằng khen của Chủ tịch UBND tỉnh năm 2024/, /năm 2024 trở về trước đã được tính cho lần khen thưởng năm 2024/] },
    },
    { name: 'a đột xuất Bằng khen in 2024 does not use up the years', award: 'BK_CT_TINH', facts: { history: [...titles('CSTDCS', 2024, 2025), title('BK_CT_TINH', 2024, 'dot-xuat')] }, overall: 'pass' },
    { name: 'a Bằng khen is a form: a 2025 Bằng khen for another achievement is no duplicate', award: 'BK_CT_TINH', facts: { history: [...titles('CSTDCS', 2024, 2025), title('BK_CT_TINH', 2025, 'dot-xuat')] }, overall: 'pass' },
    { name: 'an active investigation blocks', award: 'BK_CT_TINH', facts: { history: titles('CSTDCS', 2024, 2025), holds: [hold('investigation', null, '2025-12-01', null)] }, overall: 'fail', expect: { hold: ['fail', /^Đang bị điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư \(từ 01\/12\/2025\): chưa xét khen thưởng\.$/], 'bk-tinh.record': ['pass'] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Giấy khen, cá nhân (Luật TĐKT 2022, Điều 75): completes tasks well and one of the achievements', () => {
  const rows: Case[] = [
    { name: 'HTT alone still needs the achievement proven', award: 'GIAY_KHEN', facts: { evaluations: [ev(2025, 'HTT')] }, overall: 'evidence', expect: { 'giay-khen.task': ['pass'], 'giay-khen.achievement': ['evidence', /Chưa xác nhận minh chứng/] } },
    { name: 'HTT with the achievement confirmed passes', award: 'GIAY_KHEN', facts: { evaluations: [ev(2025, 'HTT')] }, ctx: { confirmed: { 'giay-khen.achievement': 'Báo cáo thành tích ngày 10/12/2025' } }, overall: 'pass', expect: { 'giay-khen.achievement': ['pass', /^Đã xác nhận minh chứng: Báo cáo thành tích ngày 10\/12\/2025\.$/] } },
    { name: 'HT fails even with the achievement confirmed', award: 'GIAY_KHEN', facts: { evaluations: [ev(2025, 'HT')] }, ctx: { confirmed: { 'giay-khen.achievement': 'x' } }, overall: 'fail', expect: { 'giay-khen.task': ['fail'] } },
    { name: 'a confirmation cannot turn a computed criterion into a pass', award: 'GIAY_KHEN', facts: {}, ctx: { confirmed: { 'giay-khen.task': 'x', 'giay-khen.achievement': 'y' } }, overall: 'evidence', expect: { 'giay-khen.task': ['evidence'], 'giay-khen.achievement': ['pass'] } },
    { name: 'a blank confirmation is no confirmation', award: 'GIAY_KHEN', facts: { evaluations: [ev(2025, 'HTT')] }, ctx: { confirmed: { 'giay-khen.achievement': '  ' } }, overall: 'evidence' },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });

  it('lists the qualitative criterion for the council, with its citation', () => {
    const r = check(rows[0] as Case);
    expect(r.manual).toEqual([expect.objectContaining({ id: 'giay-khen.exemplary', citation: 'Luật TĐKT 2022, Điều 75' })]);
    expect(r.criteria.map((c) => c.id)).toEqual(['hold', 'giay-khen.task', 'giay-khen.achievement']);
  });
});
