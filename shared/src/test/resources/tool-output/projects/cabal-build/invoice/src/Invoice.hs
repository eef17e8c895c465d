module Invoice (total) where

-- Adds the prices of an invoice's lines; the lines hold strings where numbers belong.
total :: [Int] -> Int
total prices = sum prices

lines' :: Int
lines' = total [1, 2, "3"]
