// A báo cáo longer than its form's page limit prints all the same, with a warning beside it (the
// editor's report, print.document, the whole set). No shipped form sets a limit yet (unverified),
// so the test gives one to the NĐ 152 individual form for its duration.
import { afterEach, describe, expect, it } from 'vitest';
import { reportForms } from '../../../src-main/services/achievementReports';
import { initializedHost, person } from '../helpers';

const FORM = 'nd152-ca-nhan-thuong-xuyen';
const form = () => reportForms().find((f) => f.id === FORM)!;

afterEach(() => {
  form().pageLimit = null;
});

async function setup(words: number) {
  const { h, inst } = await initializedHost();
  const p = await h.call('people.create', person({ unitId: inst.unitId }));
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'CSTĐCS 2025' });
  const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: '' });
  const r = await h.call('achievementReports.get', { nomineeId: n.id });
  const paragraph = Array.from({ length: 100 }, () => 'thành').join(' ');
  await h.call('achievementReports.save', {
    nomineeId: n.id, templateId: r.form.id, templateVersion: r.form.version,
    content: { ...r.content, sections: { results: Array.from({ length: words / 100 }, () => paragraph) } },
  });
  return { h, d, n };
}

describe('page limit of the báo cáo thành tích', () => {
  it('over the limit: the report says so and printing warns, the document is still written', async () => {
    const { h, d, n } = await setup(1_800); // 1 + 1800/450 → 5 pages
    form().pageLimit = 3;
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    expect(r.estimatedPages).toBe(5);
    expect(r.pageWarning).toMatch(/ước khoảng 5 trang, vượt giới hạn 3 trang của mẫu .*Vẫn in được/);
    const doc = await h.call('print.document', { kind: 'dossier-bao-cao', id: n.id });
    expect(doc.contentBase64.length).toBeGreaterThan(1000);
    expect(doc.warning).toBe(r.pageWarning);
    const set = await h.call('print.dossierSet', { id: d.id });
    expect(set.filter((x) => x.warning).map((x) => x.fileName)).toEqual([expect.stringMatching(/^04_bao-cao_/)]);
  });

  it('within the limit, or with no limit set: no warning', async () => {
    const { h, n } = await setup(1_800);
    expect((await h.call('achievementReports.get', { nomineeId: n.id })).pageWarning).toBeNull();
    expect((await h.call('print.document', { kind: 'dossier-bao-cao', id: n.id })).warning).toBeUndefined();
    form().pageLimit = 5;
    expect((await h.call('achievementReports.get', { nomineeId: n.id })).pageWarning).toBeNull();
  });
});
