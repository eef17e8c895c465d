<?php

// Run before `composer install`: the autoloader and the packages it loads are not there.
require __DIR__ . '/../vendor/autoload.php';

echo Psr\Log\LogLevel::ERROR, PHP_EOL;
