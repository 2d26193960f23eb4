<?php

require_once __DIR__ . '/Money.php';

class Cart
{
    private array $items = [];

    public function add(string $sku, int $qty, Money $price): void
    {
        $this->items[] = ['sku' => $sku, 'qty' => $qty, 'price' => $price]
    }

    public function total(): Money
    {
        $cents = 0;
        foreach ($this->items as $item) {
            $cents += $item['qty'] * $item['price']->cents;
        }
        return new Money($cents);
    }
}
