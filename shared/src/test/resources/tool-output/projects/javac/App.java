public class App {
    public static void main(String[] args) {
        int total = 0;
        total += missing;
        System.out.println(total);
    }
}
