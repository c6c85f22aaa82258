import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDossierPrint } from '../../../src-main/print/dossier';
import { percentRounded } from '../../../src-shared/rules/format';
import { selectNominees, type SelectionCandidate } from '../../../src-shared/rules/selection';
import { initializedHost, person } from '../helpers';

const c = (id: string, over: Partial<SelectionCandidate> = {}): SelectionCandidate => ({ id, name: id, vote: true, criteria: 'pass', inUnit: true, ...over });

describe('selectNominees: passed the vote AND meets the criteria (or override) AND belongs to the unit', () => {
  const cases: [string, SelectionCandidate[], string | null, string[], Record<string, string[]>, string[]][] = [
    ['all pass', [c('a'), c('b')], null, ['a', 'b'], {}, []],
    ['failed vote is out', [c('a'), c('b', { vote: false })], null, ['a'], { b: ['vote-failed'] }, []],
    ['no vote entered is out', [c('a', { vote: null })], null, [], { a: ['vote-missing'] }, []],
    ['award without vote', [c('a', { vote: 'not-required' })], null, ['a'], {}, []],
    ['failed criterion is out', [c('a', { criteria: 'fail' })], null, [], { a: ['criteria'] }, []],
    ['needs evidence stays in', [c('a', { criteria: 'evidence' })], null, ['a'], {}, []],
    ['override keeps a failed criterion, named', [c('a', { criteria: 'fail' })], 'Lý do', ['a'], {}, ['a']],
    ['blank override is no override', [c('a', { criteria: 'fail' })], '  ', [], { a: ['criteria'] }, []],
    ['override never brings back a failed vote', [c('a', { criteria: 'fail', vote: false })], 'Lý do', [], { a: ['vote-failed'] }, []],
    ['another unit is out, override or not', [c('a', { inUnit: false })], 'Lý do', [], { a: ['other-unit'] }, []],
    ['several reasons', [c('a', { inUnit: false, vote: false, criteria: 'fail' })], null, [], { a: ['other-unit', 'vote-failed', 'criteria'] }, []],
    ['order is kept', [c('c'), c('a'), c('b', { vote: false }), c('d')], null, ['c', 'a', 'd'], { b: ['vote-failed'] }, []],
  ];
  it.each(cases)('%s', (_label, candidates, override, selected, excluded, overridden) => {
    const s = selectNominees(candidates, override);
    expect(s.selected.map((x) => x.id)).toEqual(selected);
    expect(Object.fromEntries(s.excluded.map((x) => [x.candidate.id, x.reasons]))).toEqual(excluded);
    expect(s.overridden.map((x) => x.id)).toEqual(overridden);
  });
});

describe('percentRounded: one decimal, half up, no space before %', () => {
  it.each([[8, 9, '88,9%'], [9, 9, '100%'], [8, 10, '80%'], [2, 3, '66,7%'], [1, 3, '33,3%'], [1, 16, '6,3%'], [0, 7, '0%'], [1, 0, '—']])('%i/%i → %s', (a, b, out) => {
    expect(percentRounded(a, b)).toBe(out);
  });
});

describe('a dossier names only its own unit', () => {
  async function setup() {
    const { h, inst } = await initializedHost();
    const other = await h.call('units.create', { code: 'XA-DH', name: 'Xã Đông Hưng', level: 'commune', parentId: null });
    const school = await h.call('units.create', { code: 'XA-TP.TH', name: 'Trường Tiểu học Tân Phong', level: 'agency', parentId: inst.unitId });
    const own = await h.call('people.create', person({ unitId: inst.unitId, givenName: 'An' }));
    const teacher = await h.call('people.create', person({ unitId: school.id, givenName: 'Bình' }));
    const stranger = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Cúc', gender: 'female', unitId: other.id }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'CSTĐCS 2025' });
    return { h, inst, d, own, teacher, stranger };
  }

  it('adds its own people and those of a unit under it; refuses a person of another commune in Vietnamese, writing nothing', async () => {
    const { h, d, own, teacher, stranger } = await setup();
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: own.id, summary: '' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: teacher.id, summary: '' });
    const db = h.context().sqlite;
    const before = JSON.stringify([db.prepare('SELECT * FROM dossier_nominees ORDER BY id').all(), db.prepare('SELECT count(*) n FROM audit').get(), db.prepare('SELECT rev FROM dossiers').all()]);
    const e = await h.fail('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: stranger.id, summary: '' });
    expect(e.code).toBe('OTHER_UNIT');
    expect(e.message).toBe(
      'Trần Thị Cúc thuộc Xã Đông Hưng, không thuộc Xã Tân Phong hoặc đơn vị, tập thể trực thuộc; hồ sơ chỉ đề nghị cá nhân, tập thể do đơn vị mình quản lý. ' +
        'Hãy bỏ đối tượng này khỏi hồ sơ (đơn vị quản lý họ sẽ đề nghị), hoặc sửa đơn vị công tác trong danh mục nếu đã ghi sai.',
    );
    expect(JSON.stringify([db.prepare('SELECT * FROM dossier_nominees ORDER BY id').all(), db.prepare('SELECT count(*) n FROM audit').get(), db.prepare('SELECT rev FROM dossiers').all()])).toBe(before);
  });

  it('an existing dossier holding a person of another unit: eligibility says so, and the printed set leaves them out', async () => {
    const { h, d, own, stranger } = await setup();
    const a = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: own.id, summary: '' });
    // As an older version of the app allowed: written straight into the table.
    h.context().sqlite.prepare(`INSERT INTO dossier_nominees (id, dossier_id, subject_type, subject_id, summary, report, position) VALUES ('00000000-0000-4000-8000-0000000000aa', ?, 'person', ?, '', '', 2)`).run(d.id, stranger.id);
    await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 10, councilWritten: 0 });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: a.id, summary: '', report: '', voteYes: 9, collectiveFacts: null });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: '00000000-0000-4000-8000-0000000000aa', summary: '', report: '', voteYes: 10, collectiveFacts: null });
    const el = await h.call('dossiers.eligibility', { id: d.id });
    const old = el.nominees.find((n) => n.nomineeId === '00000000-0000-4000-8000-0000000000aa')!;
    expect(old.overall).toBe('fail');
    expect(old.criteria[0]).toMatchObject({ id: 'own-unit', result: 'fail' });
    expect(old.criteria[0]!.reason).toMatch(/^Trần Thị Cúc thuộc Xã Đông Hưng, không thuộc Xã Tân Phong/u);
    const toTrinh = await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id });
    const xml = strFromU8(unzipSync(Buffer.from(toTrinh.contentBase64, 'base64'))['word/document.xml']!);
    expect(xml).not.toContain('Trần Thị Cúc');
    const p = loadDossierPrint(h.context(), d.id);
    expect(p.selected.map((n) => n.id)).toEqual([a.id]);
    expect(p.selection.excluded.map((x) => [x.candidate.id, x.reasons])).toEqual([['00000000-0000-4000-8000-0000000000aa', ['other-unit']]]);
  });
});
