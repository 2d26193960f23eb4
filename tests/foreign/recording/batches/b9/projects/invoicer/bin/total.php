<?php
require __DIR__ . '/../vendor/autoload.php';

use Invoicer\Invoice;

$invoice = Invoice::fromCsv($argv[1] ?? 'data/march.csv');
printf("%d lines, total %.2f EUR\n", $invoice->count(), $invoice->total());
