<?php

declare(strict_types=1);

use PHPUnit\Framework\TestCase;

final class ReturnsTest extends TestCase
{
    public function testReturnNumbersHaveAPrefix(): void
    {
        $this->assertRegExp('/^R-\d+$/', 'R-17');
    }
}
