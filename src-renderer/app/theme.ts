import { Badge, createTheme } from '@mantine/core';

// Plain and legible on a commune office laptop: system fonts (which carry Vietnamese), one
// accent colour, 14 px body text.
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: '"Cascadia Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
  headings: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
  components: {
    // Vietnamese in capitals loses legibility (stacked diacritics): badges keep sentence case.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});
