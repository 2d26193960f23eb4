<?php
require __DIR__ . '/../vendor/autoload.php';

use Invoicer\Invoice;

$month = preg_replace('/[^a-z]/', '', $_GET['month'] ?? 'march');
$file = __DIR__ . "/../data/$month.csv";
header('Content-Type: application/json');
if (!is_file($file)) {
    http_response_code(404);
    echo json_encode(['error' => "no invoice data for $month"]), "\n";
    return;
}
$invoice = Invoice::fromCsv($file);
echo json_encode(['month' => $month, 'lines' => $invoice->count(), 'total' => round($invoice->total(), 2)]), "\n";
