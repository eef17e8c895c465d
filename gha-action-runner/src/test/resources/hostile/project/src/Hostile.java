// A deliberately broken source whose error lines carry text a fork could use against the action:
// workflow commands, backtick runs, mentions, raw HTML and a token-shaped string.
public class Hostile {
    int a = "::error file=evil.txt::owned %0A::add-mask::x";
    int b = "```` @octocat <img src=x onerror=alert(1)> </details>";
    String c = ghp_abcdefghijklmnopqrstuvwxyz0123456789;
}
