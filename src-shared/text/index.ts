/** Pure Vietnamese text helpers shared by main and renderer (no Node/DOM/package imports). */
export * from './normalize';
export * from './fold';
export * from './sortKey';
export * from './names';
export * from './dates';
export * from './legacy';
