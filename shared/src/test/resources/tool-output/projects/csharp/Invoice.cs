public class Invoice
{
    public static int Total(int[] prices)
    {
        int sum = 0
        foreach (int price in prices)
        {
            sum += price;
        }
        return sum;
    }

    public static void Main()
    {
        System.Console.WriteLine(Total(new int[] { 1, 2 }));
    }
}
