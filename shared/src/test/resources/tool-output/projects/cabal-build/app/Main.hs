module Main where

import Invoice (total)

main :: IO ()
main = print (total [3, 4])
