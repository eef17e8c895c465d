module Main where

-- A class whose instance forgets a method, and a binding that is never used: warnings that -Werror makes errors.
class Shape a where
  area :: a -> Double
  perimeter :: a -> Double

newtype Square = Square Double

instance Shape Square where
  area (Square side) = side * side

main :: IO ()
main = print (area (Square 2.0))
  where
    unused = perimeter (Square 2.0)
