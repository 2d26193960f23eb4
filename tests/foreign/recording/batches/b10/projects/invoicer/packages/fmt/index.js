// Formats integer cents as "12.34"; negative amounts keep their sign.
function money(cents) {
  const whole = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${whole}.${rest}`;
}

module.exports = { money };
