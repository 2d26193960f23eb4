<?php
namespace Invoicer;

class Invoice
{
    /** @var LineItem[] */
    private array $items = [];

    public static function fromCsv(string $path): self
    {
        $invoice = new self();
        $rows = array_map('str_getcsv', file($path, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        array_shift($rows);
        foreach ($rows as [$sku, $qty, $price]) {
            $invoice->items[] = new LineItem($sku, (int) $qty, (float) $price);
        }
        return $invoice;
    }

    public function total(): float
    {
        return array_sum(array_map(fn (LineItem $i) => $i->subtotal(), $this->items));
    }

    public function count(): int
    {
        return count($this->items);
    }
}
