<?php
// FreeRADIUS database used by the billing sync
return [
    'db_host' => '127.0.0.1',
    'db_user' => 'radius',
    'db_pass' => 'changeme',
    'db_name' => 'radius',
];
