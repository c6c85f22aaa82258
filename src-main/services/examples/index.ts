// Điển hình tiên tiến: the register of typical examples (stages, media, awards, report flags, review date) and the conference lists.
export * from './register';
export * from './conferences';
