module Main where

total :: [Int] -> Int
total prices = sum prices

main :: IO ()
main = print (total [1, 2, "3"])
