<?php
/*
 * Nightly sync: copy suspended accounts from billing into radcheck.
 * Run from cron: php /home/dev/radius-sync/cron.php
 */
$config = require __DIR__ . '/config.php';

echo "radius-sync " . date('Y-m-d H:i') . "\n";
echo "connecting to {$config['db_host']}/{$config['db_name']}\n";

$link = mysqli_connect($config['db_host'], $config['db_user'],
    $config['db_pass'], $config['db_name']);
if (!$link) {
    fwrite(STDERR, "connect failed: " . mysqli_connect_error() . "\n");
    exit(1);
}

$res = mysqli_query($link, "SELECT username FROM radcheck WHERE attribute = 'Auth-Type' AND value = 'Reject'");
while ($row = mysqli_fetch_assoc($res)) {
    echo "suspended: {$row['username']}\n";
}
mysqli_close($link);
