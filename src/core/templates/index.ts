// Question templates: numeric questions drawn fresh each time (content/templates.yaml).
export {
  drawInstance,
  type GeneratedQuestion,
  type GenerateOptions,
  generate,
  instanceFromId,
  isGeneratedQuestion,
  reviewItemId,
} from './draw.js';
export { clearTemplateCache, loadTemplates, readTemplates } from './load.js';
export { parseTemplate, type Template } from './schema.js';
export { instanceSeed } from './seeds.js';
export { checkTemplates, instanceProblems } from './verify.js';
