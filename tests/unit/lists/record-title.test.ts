import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

describe('exchange.outbox titles', () => {
  it('names a dossier and an initiative by their titles, not by their ids', async () => {
    const { h, inst } = await initializedHost();
    const an = await h.call('people.create', person({ unitId: inst.unitId }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ đề nghị CSTĐCS năm 2025' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    await h.call('initiatives.create', { title: 'Sổ theo dõi công văn đến', year: 2026, proposedScope: 'tinh', authors: [{ personId: an.id, share: 100 }] });
    const { items } = await h.call('exchange.outbox', { to: 'T12' });
    const title = (type: string) => items.filter((i) => i.type === type).map((i) => i.title);
    expect(title('dossier')).toEqual(['Hồ sơ đề nghị CSTĐCS năm 2025 (1 đề nghị)']);
    expect(title('person')).toEqual(['Nguyễn Văn An']);
    // An application seeking cấp tỉnh travels up, named by its title.
    expect(title('initiative')).toEqual(['Sổ theo dõi công văn đến']);
  });
});
