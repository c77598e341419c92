export { createMemoryStorage } from './chunk-UTMH25GG.js';
import './chunk-E56462TD.js';
import './chunk-OEUHIEB4.js';
import './chunk-TUTL3NE5.js';
//# sourceMappingURL=memory.js.map
//# sourceMappingURL=memory.js.map