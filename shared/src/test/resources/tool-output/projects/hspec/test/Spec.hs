import Test.Hspec
import Ledger (balance, parseAmount)

main :: IO ()
main = hspec $ do
  describe "balance" $ do
    it "is zero for an empty ledger" $
      balance [] `shouldBe` 0
    it "sums the entries" $
      balance [3, 4, 5] `shouldBe` 12
  describe "parseAmount" $
    it "reads an empty amount as zero" $
      parseAmount "" `shouldBe` 0
