import { describe, expect, it } from 'vitest';
import { initializedHost, person, readOnlyDb } from '../helpers';
import { exportFrom, pair, read } from '../exchange/pair';

const NFD = (s: string) => s.normalize('NFD');
const PARTICULARS = {
  homeTown: 'Xã Đông Hưng, tỉnh Thái Bình',
  residence: 'Thôn Nà Khum, xã Tân Phong, tỉnh Lai Châu',
  qualification: 'Đại học (Cử nhân Luật)',
  academicRank: 'Thạc sĩ',
};

describe('people: the báo cáo thành tích particulars (quê quán, trú quán, trình độ, học hàm/học vị)', () => {
  it('saves them as NFC, trimmed, with the audit row; an update changes them', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person({ homeTown: `  ${NFD(PARTICULARS.homeTown)}  `, residence: NFD(PARTICULARS.residence), qualification: PARTICULARS.qualification }));
    expect(p).toMatchObject({ homeTown: PARTICULARS.homeTown, residence: PARTICULARS.residence, qualification: PARTICULARS.qualification, academicRank: '' });
    const row = readOnlyDb(h.dataDir).prepare('SELECT home_town, residence FROM people WHERE id = ?').get(p.id) as { home_town: string; residence: string };
    expect(row.home_town).toBe(PARTICULARS.homeTown.normalize('NFC'));
    const updated = await h.call('people.update', { ...person(PARTICULARS), id: p.id });
    expect(updated.academicRank).toBe('Thạc sĩ');
    const audit = readOnlyDb(h.dataDir).prepare(`SELECT after FROM audit WHERE entity = 'person' AND action = 'update'`).get() as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ academicRank: 'Thạc sĩ' }); // only what changed is kept
  });

  it.each([
    ['homeTown', 'Quê quán'],
    ['residence', 'Trú quán'],
    ['qualification', 'Trình độ chuyên môn'],
    ['academicRank', 'Học hàm, học vị'],
  ])('refuses a %s over 200 characters in Vietnamese and writes nothing', async (field, label) => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const err = await h.fail('people.create', person({ [field]: 'x'.repeat(201) }));
    expect(err.fields?.[0]?.path).toBe(field);
    expect(err.message).toContain(`${label} dài tối đa 200 ký tự`);
    expect(h.snapshot()).toBe(before);
  });

  it('fills the report particulars from the registry; the report may still change them', async () => {
    const { h, inst } = await initializedHost();
    const p = await h.call('people.create', person({ unitId: inst.unitId, ...PARTICULARS }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ năm 2025' });
    const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: '' });
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    expect(r.content.particulars).toMatchObject(PARTICULARS);
    await h.call('achievementReports.save', {
      nomineeId: n.id, templateId: r.form.id, templateVersion: r.form.version,
      content: { ...r.content, particulars: { ...r.content.particulars, residence: 'Tổ 5, phường Tân Phong' } },
    });
    const again = await h.call('achievementReports.get', { nomineeId: n.id });
    expect(again.content.particulars).toMatchObject({ residence: 'Tổ 5, phường Tân Phong', homeTown: PARTICULARS.homeTown });
    expect((await h.call('people.get', { id: p.id })).residence).toBe(PARTICULARS.residence); // the registry keeps its own
  });

  it('travel in the person record when known; a record without them (an older package) reads as not known', async () => {
    const { prov, xa, an, dung } = await pair();
    await xa.call('people.update', { ...person({ unitId: an.unitId, collectiveId: an.collectiveId }), ...PARTICULARS, id: an.id });
    const [sub] = await exportFrom(xa, 'T12');
    const records = read(sub!.file).body.records;
    expect(records.find((r) => r.id === an.id)?.data).toMatchObject(PARTICULARS);
    const older = records.find((r) => r.id === dung.id)!.data as Record<string, unknown>;
    expect(Object.keys(older)).not.toContain('homeTown');
    await prov.call('exchange.import', { path: sub!.file });
    expect(await prov.call('people.get', { id: an.id })).toMatchObject(PARTICULARS);
    expect(await prov.call('people.get', { id: dung.id })).toMatchObject({ homeTown: '', residence: '', qualification: '', academicRank: '' });
  });
});
