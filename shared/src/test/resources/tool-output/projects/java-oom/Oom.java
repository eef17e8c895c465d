import java.util.ArrayList;
import java.util.List;

public class Oom {
    public static void main(String[] args) {
        List<long[]> cache = new ArrayList<>();
        while (true) {
            cache.add(new long[1 << 20]);
        }
    }
}
