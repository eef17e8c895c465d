package example;

public class Greeter {
    public String greet(String name) {
        return "Hello, " + nam;
    }
}
