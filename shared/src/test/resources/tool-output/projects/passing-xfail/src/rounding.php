<?php
function round_half_even(float $value): float
{
    // Known bug: PHP's round() rounds half away from zero.
    return round($value);
}
