const { formatPrice } = require('./price')
const {slugify} = require("./slug");

module.exports = {formatPrice, slugify}
