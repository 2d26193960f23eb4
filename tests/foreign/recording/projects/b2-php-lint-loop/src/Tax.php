<?php

require_once __DIR__ . '/Money.php';

function with_vat(Money $net, int $percent): Money
{
    return new Money(intdiv($net->cents * (100 + $percent), 100));
}
