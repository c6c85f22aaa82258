import type { HomeTask } from '../../../src-shared/api';
import { useAppStore } from '../../app/store';
import { useDossiersStore } from '../dossiers/store';
import { useInitiativesStore } from '../initiatives/store';
import { useInspectionsStore } from '../inspections/store';
import { usePlansStore } from '../plans/store';
import { useRegistrationsStore } from '../registrations/store';

/** Opens the screen that does a task, with its record open there (and the record's year shown). */
export function useOpenTask(): (t: HomeTask) => void {
  const setPage = useAppStore((s) => s.setPage);
  const dossiers = useDossiersStore();
  const initiatives = useInitiativesStore();
  const inspections = useInspectionsStore();
  const registrations = useRegistrationsStore();
  const plans = usePlansStore();
  return (t) => {
    switch (t.page) {
      case 'dossiers':
        if (t.year) dossiers.setYear(t.year);
        dossiers.setOpen(t.recordId);
        break;
      case 'initiatives':
        if (t.year) initiatives.setYear(t.year);
        initiatives.setOpen(t.recordId);
        break;
      case 'inspections':
        if (t.year) inspections.setYear(t.year);
        inspections.setTab('plans');
        inspections.openPlan(t.recordId);
        break;
      case 'registrations':
        if (t.year) registrations.setYear(t.year);
        registrations.setOpen(null);
        break;
      case 'plans':
        if (t.year) plans.setYear(t.year);
        plans.setPlanId(t.recordId);
        break;
      default:
        break;
    }
    setPage(t.page);
  };
}
