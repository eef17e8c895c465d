package org.cifailureagent.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip of step logs in the layout GitHub serves for a run ({@code job/1_Set up job.txt} …). Entries are streamed,
 * never extracted to disk. Names that climb out of the archive are refused, and the count and the uncompressed
 * size (counted as bytes are really inflated, not as the header claims) are capped.
 */
final class ZipLog implements BuildLog {
    private final String name;
    private final Path path;
    private final LineSplitter splitter;
    private final ReadLimits limits;

    ZipLog(String name, Path path, LineSplitter splitter, ReadLimits limits) {
        this.name = name;
        this.path = path;
        this.splitter = splitter;
        this.limits = limits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean sourcesAreSteps() {
        return true;
    }

    @Override
    public void read(LineSink sink) throws IOException {
        try (ZipFile zip = open()) {
            List<ZipEntry> entries = textEntries(zip);
            CountingBudget total = new CountingBudget(limits.maxTotalBytes(), name + ": archive expands beyond "
                    + limits.maxTotalBytes() + " bytes in total");
            for (ZipEntry entry : entries) {
                CountingBudget perEntry = new CountingBudget(limits.maxEntryBytes(), name + ": entry '"
                        + entry.getName() + "' expands beyond " + limits.maxEntryBytes() + " bytes");
                try (InputStream raw = new BoundedInputStream(zip.getInputStream(entry), perEntry, total);
                     Sources.Text text = Sources.textOf(raw)) {
                    if (Sources.looksBinary(text)) {
                        sink.warning(entry.getName() + " looks binary; skipped");
                        continue;
                    }
                    Sources.split(text, entry.getName(), splitter, sink);
                }
            }
        }
    }

    private ZipFile open() throws IOException {
        try {
            return new ZipFile(path.toFile());
        } catch (IOException e) {
            // ZipException for most damage, but EOFException for a central directory cut short (found by fuzzing).
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new UnreadableInputException(name + ": not a readable zip archive (" + why + ")", e);
        }
    }

    private List<ZipEntry> textEntries(ZipFile zip) {
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = nextEntry(all);
            if (entries.size() >= limits.maxEntries()) {
                throw new UnreadableInputException(name + ": more than " + limits.maxEntries() + " entries");
            }
            checkName(entry.getName());
            if (!entry.isDirectory()) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(ZipEntry::getName, PathOrder.NATURAL));
        return entries;
    }

    private ZipEntry nextEntry(Enumeration<? extends ZipEntry> entries) {
        try {
            return entries.nextElement();
        } catch (IllegalArgumentException e) {
            // The JDK decodes a name flagged as UTF-8 only here, and throws this for malformed bytes (found by
            // fuzzing).
            throw new UnreadableInputException(name + ": not a readable zip archive (an entry's name is not valid "
                    + "UTF-8)", e);
        }
    }

    private void checkName(String entryName) {
        String normalized = entryName.replace('\\', '/');
        boolean climbs = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || ("/" + normalized + "/").contains("/../");
        if (climbs) {
            throw new UnreadableInputException(name + ": entry '" + entryName + "' points outside the archive");
        }
    }
}
