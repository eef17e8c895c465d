import Test.Tasty
import Test.Tasty.HUnit

-- Splits a shipping cost between parcels; the last parcel is forgotten.
share :: Int -> Int -> Int
share cost parcels = cost `div` (parcels - 1)

main :: IO ()
main = defaultMain $ testGroup "shipping"
  [ testCase "nothing to share costs nothing" $
      share 0 3 @?= 0
  , testCase "cost is shared between parcels" $
      share 12 3 @?= 4
  , testCase "a single parcel" $
      share 12 1 @?= 12
  , testCase "no parcel is refused" $
      assertBool "share of zero parcels should be refused" (share 12 0 > 0)
  ]
