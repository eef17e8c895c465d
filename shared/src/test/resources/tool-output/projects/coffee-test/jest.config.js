module.exports = { transform: { '\\.coffee$': '<rootDir>/coffee-transform.js' }, moduleFileExtensions: ['js', 'coffee'] };
