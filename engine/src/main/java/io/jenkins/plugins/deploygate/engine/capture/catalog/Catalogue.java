package io.jenkins.plugins.deploygate.engine.capture.catalog;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error catalogue a scan uses: the built-in entries, with the DBA's own entries added or
 * replacing built-in ones of the same id. Immutable; lookups are by id, by (engine, code), and by
 * message for errors printed without a code.
 */
public final class Catalogue {

    /** As much of a message as a finding keeps, and as much as identifies it. */
    public static final int IDENTIFYING_LENGTH = 1000;

    private final Map<String, CatalogEntry> byId;
    private final Map<String, CatalogEntry> byCode;
    private final List<MessageEntry> messageEntries;
    private final List<CompiledEntry> lineEntries;

    /** An entry with its pattern compiled once, on RE2/J (see {@link LinearPattern}). */
    public record CompiledEntry(CatalogEntry entry, Pattern pattern) {}

    /** A message entry, with the literals one of which a message must hold to match it (see {@link RequiredLiterals}). */
    private record MessageEntry(CatalogEntry entry, Pattern pattern, List<String> literals) {

        boolean matches(String message) {
            if (literals != null && literals.stream().noneMatch(message::contains)) {
                return false;
            }
            return pattern.matcher(message).find();
        }
    }

    private final List<CatalogEntry> entries;
    private final List<CatalogEntry> extra;

    private Catalogue(Collection<CatalogEntry> base, Collection<CatalogEntry> extraEntries) {
        Map<String, CatalogEntry> ids = new LinkedHashMap<>();
        for (CatalogEntry entry : base) {
            ids.put(entry.id(), entry);
        }
        for (CatalogEntry entry : extraEntries) {
            ids.put(entry.id(), entry);
        }
        entries = List.copyOf(ids.values());
        extra = List.copyOf(extraEntries);
        byId = Map.copyOf(ids);
        Map<String, CatalogEntry> codes = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            if (entry.engine() != null && entry.code() != null) {
                codes.put(key(entry.engine(), entry.code()), entry);
            }
        }
        byCode = Map.copyOf(codes);
        // The DBA's entries are tried first, so they can refine a built-in message mapping.
        List<CatalogEntry> byPriority = new ArrayList<>(extra);
        entries.stream().filter(entry -> !extra.contains(entry)).forEach(byPriority::add);
        List<MessageEntry> messages = new ArrayList<>();
        List<CompiledEntry> lines = new ArrayList<>();
        for (CatalogEntry entry : byPriority) {
            if (entry.isLineEntry() && extra.contains(entry)) {
                lines.add(new CompiledEntry(entry, LinearPattern.compile(entry.pattern())));
            } else if (entry.engine() != null && entry.pattern() != null) {
                messages.add(new MessageEntry(
                        entry,
                        LinearPattern.compile(entry.pattern()),
                        RequiredLiterals.of(entry.pattern()).orElse(null)));
            }
        }
        messageEntries = List.copyOf(messages);
        lineEntries = List.copyOf(lines);
    }

    public static Catalogue builtIn() {
        return new Catalogue(BuiltInCatalogue.entries(), List.of());
    }

    public static Catalogue of(Collection<CatalogEntry> entries) {
        return new Catalogue(entries, List.of());
    }

    /** This catalogue with {@code extra} added; an extra entry replaces a built-in one of the same id. */
    public Catalogue with(Collection<CatalogEntry> extra) {
        List<CatalogEntry> allExtra = new ArrayList<>(this.extra);
        allExtra.addAll(extra);
        List<CatalogEntry> base =
                entries.stream().filter(e -> !this.extra.contains(e)).toList();
        return new Catalogue(base, allExtra);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public CatalogEntry byId(String id) {
        return byId.get(id);
    }

    /**
     * The entry for a database error code. A code without its own entry gets the engine's generic
     * entry (id {@code <engine>.*}), re-labelled with the code, so no error goes unreported.
     */
    public CatalogEntry forCode(String engine, String code) {
        CatalogEntry entry = byCode.get(key(engine, code));
        if (entry != null) {
            return entry;
        }
        CatalogEntry generic = byId.get(engine + ".*");
        if (generic == null) {
            generic = BuiltInCatalogue.generic(engine);
        }
        return generic.forCode(engine + "." + code, code, generic.title() + " " + code);
    }

    /** The generic entry of an engine, for an error whose code is unknown. */
    public CatalogEntry generic(String engine) {
        CatalogEntry generic = byId.get(engine + ".*");
        return generic != null ? generic : BuiltInCatalogue.generic(engine);
    }

    /** The DBA's entries, in the order given. */
    public List<CatalogEntry> extraEntries() {
        return extra;
    }

    /**
     * The first entry of {@code engine} whose pattern occurs in {@code message}, or null; entries
     * without a code (an error the client reports, such as libpq's "no password supplied") are
     * found this way only. A message
     * is known by its first {@link #IDENTIFYING_LENGTH} characters: database messages are shorter,
     * and a line padded to megabytes must not cost each pattern a pass over all of it.
     */
    public CatalogEntry forMessage(String engine, String message) {
        String known = message.length() <= IDENTIFYING_LENGTH ? message : message.substring(0, IDENTIFYING_LENGTH);
        for (MessageEntry candidate : messageEntries) {
            if (candidate.entry().engine().equals(engine) && candidate.matches(known)) {
                return candidate.entry();
            }
        }
        return null;
    }

    /** Entries matched on their own against every line (the DBA's custom patterns). */
    public List<CompiledEntry> lineEntries() {
        return lineEntries;
    }

    private static String key(String engine, String code) {
        return engine + '\u0000' + code;
    }
}
