<?php

declare(strict_types=1);

use PHPUnit\Framework\TestCase;

final class WarehouseTest extends TestCase
{
    private static Stock $stock;

    public static function setUpBeforeClass(): void
    {
        throw new RuntimeException('warehouse database is not reachable');
    }

    public function testStartsEmpty(): void
    {
        $this->assertSame(0, self::$stock->count('A-1'));
    }
}
