/** Ten fields read before they were written: javac then counts "10 errors". */
public class Report {
    String title() { return titleField; }
    String author() { return authorField; }
    String pages() { return pagesField; }
    String year() { return yearField; }
    String isbn() { return isbnField; }
    String publisher() { return publisherField; }
    String edition() { return editionField; }
    String language() { return languageField; }
    String format() { return formatField; }
    String price() { return priceField; }
}
