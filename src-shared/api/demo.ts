import { z } from 'zod';

// Dữ liệu mẫu để dùng thử: the same demo as the `demo` CLI command, offered by the setup wizard.

export const demoApi = {
  'demo.create': {
    input: z.object({ people: z.number().int().min(10).max(1000).default(300) }),
    output: z.object({ summary: z.string() }),
  },
} as const;
