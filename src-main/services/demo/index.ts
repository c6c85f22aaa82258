// Sample data for trying the app: a province, its communes, people, collectives and a year of work, made through the same contract as the screens.
export * from './demo';
export * from './remove';
