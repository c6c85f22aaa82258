// The law as pure functions and data: award catalogue, eligibility, holds, votes, streaks, initiatives, inspections.
export * from './vocab';
export * from './catalogue';
export * from './facts';
export * from './eligibility';
export { checkHolds, type HoldCheck, type HoldQuery } from './holds';
export { checkVote, councilProblems, voteLine, type CouncilCounts, type CouncilProblem, type VoteCheck, type VoteLine } from './votes';
export { streak, STREAK_CATEGORIES, type Streak, type StreakQuery, type StreakYear } from './streaks';
export { pickSolutions, type SolutionPick, type SolutionQuery } from './solutions';
export * from './initiatives';
export * from './roundDeadline';
export * from './inspections';
export * from './reportForms';
export * from './awardReportForms';
export * from './precedence';
export * from './transition';
export * from './awardList';
export * from './complaints';
export * from './examples';
