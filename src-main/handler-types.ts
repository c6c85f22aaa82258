import type { z } from 'zod';
import type { Api, ApiName, ApiOutput } from '../src-shared/api';
import type { ServiceContext } from './services/core';

/** A service behind one contract name: parsed input in, contract output back. */
export type Handler<N extends ApiName> = (ctx: ServiceContext, input: z.output<Api[N]['input']>) => ApiOutput<N> | Promise<ApiOutput<N>>;
