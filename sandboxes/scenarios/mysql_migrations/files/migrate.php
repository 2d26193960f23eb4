<?php
// Apply the SQL migrations in migrations/ that the `migrations` table has not recorded yet, in file-name
// order, one batch per run (a small stand-in for `artisan migrate`). `php migrate.php status` lists them.
$env = parse_ini_file(__DIR__ . '/.env');
$dsn = sprintf('mysql:host=%s;port=%d;dbname=%s;charset=utf8mb4', $env['DB_HOST'], $env['DB_PORT'], $env['DB_DATABASE']);
try {
    $db = new PDO($dsn, $env['DB_USERNAME'], $env['DB_PASSWORD'], [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
} catch (PDOException $e) {
    fwrite(STDERR, "Cannot connect to {$env['DB_DATABASE']} at {$env['DB_HOST']}:{$env['DB_PORT']}: {$e->getMessage()}\n");
    exit(1);
}
$db->exec('CREATE TABLE IF NOT EXISTS migrations (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, '
    . 'migration VARCHAR(190) NOT NULL UNIQUE, batch INT NOT NULL)');
$ran = $db->query('SELECT migration FROM migrations')->fetchAll(PDO::FETCH_COLUMN);
$files = glob(__DIR__ . '/migrations/*.sql');
sort($files);

if (($argv[1] ?? '') === 'status') {
    foreach ($files as $file) {
        $name = basename($file, '.sql');
        printf("  [%s] %s\n", in_array($name, $ran, true) ? 'x' : ' ', $name);
    }
    exit(0);
}

$pending = array_values(array_filter($files, fn ($file) => !in_array(basename($file, '.sql'), $ran, true)));
if (!$pending) {
    echo "Nothing to migrate.\n";
    exit(0);
}
$batch = (int) $db->query('SELECT COALESCE(MAX(batch), 0) FROM migrations')->fetchColumn() + 1;
foreach ($pending as $file) {
    $name = basename($file, '.sql');
    echo "Migrating: $name\n";
    $started = microtime(true);
    try {
        $db->exec(file_get_contents($file));
    } catch (PDOException $e) {
        fwrite(STDERR, "\n  Migration $name failed:\n  {$e->getMessage()}\n");
        exit(1);
    }
    $db->prepare('INSERT INTO migrations (migration, batch) VALUES (?, ?)')->execute([$name, $batch]);
    printf("Migrated:  %s (%.2fms)\n", $name, (microtime(true) - $started) * 1000);
}
