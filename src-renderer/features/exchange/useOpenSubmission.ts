import type { ApiOutput } from '../../../src-shared/api';
import { useAppStore } from '../../app/store';
import { useDossiersStore } from '../dossiers/store';
import { useInitiativesStore } from '../initiatives/store';
import { useInspectionsStore } from '../inspections/store';
import { useRegistrationsStore } from '../registrations/store';

type Item = ApiOutput<'exchange.overviewRecords'>['items'][number];

/** Opens a record behind an overview count on its own screen (its year shown there). */
export function useOpenSubmission(): (r: Item) => void {
  const setPage = useAppStore((s) => s.setPage);
  const dossiers = useDossiersStore();
  const initiatives = useInitiativesStore();
  const inspections = useInspectionsStore();
  const registrations = useRegistrationsStore();
  return (r) => {
    switch (r.type) {
      case 'dossier':
        if (r.year) dossiers.setYear(r.year);
        dossiers.setOpen(r.id);
        setPage('dossiers');
        break;
      case 'initiative':
        if (r.year) initiatives.setYear(r.year);
        initiatives.setOpen(r.id);
        setPage('initiatives');
        break;
      case 'registration':
        if (r.year) registrations.setYear(r.year);
        registrations.setOpen(r.id);
        setPage('registrations');
        break;
      case 'inspection':
      case 'inspection-self-assessment':
        if (r.year) inspections.setYear(r.year);
        inspections.setTab('plans');
        inspections.openPlan(r.planId);
        if (r.type === 'inspection') inspections.openInspection(r.id);
        setPage('inspections');
        break;
    }
  };
}
