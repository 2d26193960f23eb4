const react = require('react');
const edit = require('react-easy-edit');
console.log(`bundled react ${react.version} + react-easy-edit ${edit.version}`);
