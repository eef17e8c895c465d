module Cart (total, names) where

total :: [Int] -> Int
total prices = foldr (\p acc -> p + acc) 0 prices

names :: [(String, Int)] -> [String]
names items = map (\item -> fst item) items
