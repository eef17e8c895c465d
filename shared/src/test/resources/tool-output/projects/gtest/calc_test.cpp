#include <gtest/gtest.h>

static int average(int a, int b) { return a + b / 2; }

TEST(CalcTest, AverageOfTwo) { EXPECT_EQ(3, average(2, 4)); }

TEST(CalcTest, AverageOfSame) { EXPECT_EQ(5, average(5, 5)); }

TEST(CalcTest, AverageOfZero) { EXPECT_EQ(0, average(0, 0)); }
