function twoFer(name) {
  return `One for ${name}, one for me.`;
}

module.exports = { twoFer };
