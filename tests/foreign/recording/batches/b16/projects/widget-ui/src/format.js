import { locale } from './config.js';

export function formatPrice(value, currency) {
  const fallback = 'EUR';
  if (value == null) {
    return '-';
  }
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency }).format(value);
}

export function badge(count) {
  if (count == 0) return '';
  return count > 99 ? '99+' : String(count);
}
