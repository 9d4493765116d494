// Public surface of the engine for the views (extension, exports, CLI).
export { annotate } from './annotate';
export { BlockMemo } from './blockMemo';
export { BlockMemos } from './blockMemos';
export { checkInput, looksBinary, DEFAULT_SIZE_LIMIT } from './inputCheck';
export type { InputVerdict } from './inputCheck';
export * from './model';
