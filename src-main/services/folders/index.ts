// Folders the Windows way: drives (removable first), the folders and files of a folder, and the absolute-path rule for package folders.
export * from './folders';
export * from './drives';
