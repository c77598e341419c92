'use strict';

var chunkG4XI73JD_cjs = require('./chunk-G4XI73JD.cjs');
require('./chunk-FSBKBYTI.cjs');
require('./chunk-7LPKGVQJ.cjs');
require('./chunk-6SLC5VUX.cjs');



Object.defineProperty(exports, "createMemoryStorage", {
  enumerable: true,
  get: function () { return chunkG4XI73JD_cjs.createMemoryStorage; }
});
//# sourceMappingURL=memory.cjs.map
//# sourceMappingURL=memory.cjs.map