/** The folder of a file: "E:\\goi\\a.json" → "E:\\goi", "E:\\a.json" → "E:\\", "/a.json" → "/". */
export function folderOf(file: string): string {
  const dir = file.replace(/[\\/][^\\/]*$/, '');
  if (/^[A-Za-z]:$/.test(dir)) return `${dir}\\`;
  return dir || '/';
}
