import type { ApiName } from '../src-shared/api';
import { exchangeHandlers } from './exchange/handlers';
import type { Handler } from './handler-types';
import { printKinds, renderDocument } from './print';
import * as collectives from './services/collectives';
import * as people from './services/people';
import * as records from './services/records';
import * as setup from './services/setup';
import { importUnits } from './services/unitImport';
import * as units from './services/units';

/** Contract name → service function. A newcomer finds every capability's door here. */
export const handlers: { [N in ApiName]: Handler<N> } = {
  'setup.status': (ctx) => setup.setupStatus(ctx),
  'setup.init': (ctx, input) => setup.initInstallation(ctx, input),
  'setup.setClerk': (ctx, input) => setup.setClerk(ctx, input),
  'keys.show': (ctx) => setup.showKey(ctx),

  'units.list': (ctx, input) => units.listUnits(ctx, input),
  'units.get': (ctx, input) => units.getUnit(ctx, input.id),
  'units.create': (ctx, input) => units.createUnit(ctx, input),
  'units.update': (ctx, input) => units.updateUnit(ctx, input),
  'units.delete': (ctx, input) => units.deleteUnit(ctx, input.id),
  'units.import': (ctx, input) => importUnits(ctx, input),

  'people.search': (ctx, input) => people.searchPeople(ctx, input),
  'people.get': (ctx, input) => people.getPerson(ctx, input.id),
  'people.create': (ctx, input) => people.createPerson(ctx, input),
  'people.update': (ctx, input) => people.updatePerson(ctx, input),
  'people.delete': (ctx, input) => people.deletePerson(ctx, input.id),

  'collectives.list': (ctx, input) => collectives.listCollectives(ctx, input),
  'collectives.get': (ctx, input) => collectives.getCollective(ctx, input.id),
  'collectives.create': (ctx, input) => collectives.createCollective(ctx, input),
  'collectives.update': (ctx, input) => collectives.updateCollective(ctx, input),
  'collectives.delete': (ctx, input) => collectives.deleteCollective(ctx, input.id),

  'records.types': () => records.recordTypes(),
  'records.list': (ctx, input) => records.listRecords(ctx, input),

  ...exchangeHandlers,

  'print.kinds': () => printKinds(),
  'print.document': async (ctx, input) => {
    const doc = await renderDocument(ctx, input.kind, input.id);
    return { fileName: doc.fileName, contentBase64: doc.bytes.toString('base64') };
  },
};
