// The dependency is declared in package.json but the CI job forgot to run npm install.
const _ = require('lodash');

console.log(_.chunk([1, 2, 3, 4], 2));
