'use strict';

// render('Hi {{name}}', { name: 'Ana' }) -> 'Hi Ana'
function render(tpl, vars) {
  return tpl.replace(/{{(\w+)}}/g, (_, key) => vars[key].trim());
}

module.exports = { render };
