function formatPrice(cents, currency='EUR'){
    const value = (cents/100).toFixed(2)
    return currency === 'EUR' ? `${value} €` : `${currency} ${value}`
}

module.exports = { formatPrice };
