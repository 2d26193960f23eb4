<?php

require_once __DIR__ . '/../src/Cart.php';
require_once __DIR__ . '/../src/Tax.php';

$cart = new Cart();
$cart->add('MUG-01', 2, new Money(1250));
$cart->add('TEE-M', 1, new Money(1999));
$net = $cart->total();
printf("net   %s\ngross %s\n", $net->format(), with_vat($net, 19)->format());
